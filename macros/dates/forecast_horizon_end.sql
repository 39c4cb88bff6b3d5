{#
    The last day the forecast covers: the end of the 12th month after the
    as-of month (the as-of month and the 12 months after it).
#}
{% macro forecast_horizon_end() -%}
    cast(
        {{ dbt.dateadd('day', -1, dbt.dateadd('month', 13, as_of_month())) }}
        as date
    )
{%- endmacro %}
