{# The first day of the month of a date expression, as a date. #}
{% macro month_start_of(expression) -%}
    cast({{ dbt.date_trunc('month', expression) }} as date)
{%- endmacro %}
