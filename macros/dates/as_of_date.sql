{#
    The day that splits actuals from forecast, as a SQL date literal.
    Every model that needs "today" calls this, so a run is reproducible for
    a given --vars '{as_of_date: YYYY-MM-DD}'.
#}
{% macro as_of_date() -%}
    cast('{{ as_of_date_string() }}' as date)
{%- endmacro %}
