{#
    The staged clock of a build: the newest staged_at among the given
    models (names of parents of the calling model, which are built and
    committed before it runs), -infinity when they hold no row. Recorded
    as the model's watermark, it says: every input row stamped up to here
    has been read.
#}
{% macro staged_clock(models) -%}
    greatest(
        {% for name in models -%}
            (select max(staged_at) from {{ ref(name) }}),
        {% endfor -%}
        cast('-infinity' as timestamp with time zone)
    )
{%- endmacro %}
