{#
    The staged clock of a build: the newest staged_at among `relations`
    (the stamped inputs of the calling model, which are built and committed
    before it runs; list int_reference_versions among them, since the
    reference data is an input of every such model, decision 39),
    -infinity when they hold no row. Recorded as the model's watermark, it
    says: every input row stamped up to here has been read.
#}
{% macro staged_clock(relations) -%}
    greatest(
        {% for relation in relations -%}
            (select max(staged_at) from {{ relation }}),
        {% endfor -%}
        cast('-infinity' as timestamp with time zone)
    )
{%- endmacro %}
