{#
    An actuals row's quality_flag_count (how many of its quality flags are
    set) and quality_score (the share of the flags that are clear: 1.00 for
    a row with no flag, 0.00 for a row with all six), from the flags of
    `alias` (actuals_quality_flags).
#}
{% macro actuals_quality_score(alias) -%}
    {%- set flags = actuals_quality_flags() -%}
    cast(
        {% for flag in flags -%}
            cast({{ alias }}.{{ flag }} as integer)
            {%- if not loop.last %} + {% endif %}
        {%- endfor %}
        as smallint
    ) as quality_flag_count,
    cast(
        round(
            1 - (
                {% for flag in flags -%}
                    cast({{ alias }}.{{ flag }} as integer)
                    {%- if not loop.last %} + {% endif %}
                {%- endfor %}
            ) / {{ flags | length }}.0,
            2
        ) as numeric(3, 2)
    ) as quality_score
{%- endmacro %}
