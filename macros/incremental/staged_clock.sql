{#
    The staged clock of a build: the newest staged_at among the given
    models (names of parents of the calling model, which are built and
    committed before it runs), -infinity when they hold no row. Recorded
    as the model's watermark, it says: every input row stamped up to here
    has been read. The reference data counts as an input of every such
    model (int_reference_versions, decision 39): its newest stamp is part
    of the clock.
#}
{% macro staged_clock(models) -%}
    greatest(
        {% for name in models -%}
            (select max(staged_at) from {{ ref(name) }}),
        {% endfor -%}
        (select max(staged_at) from {{ ref('int_reference_versions') }}),
        cast('-infinity' as timestamp with time zone)
    )
{%- endmacro %}
