{#
    The first day of the as-of month: the month the as-of day splits into
    actuals (days up to as_of_date) and forecast (days after it).
#}
{% macro as_of_month() -%}
    {{ month_start_of(as_of_date()) }}
{%- endmacro %}
