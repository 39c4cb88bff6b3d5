{#
    Runs at the start of every dbt invocation: bad vars fail before any
    model is touched, with a message naming the var.
#}
{% macro validate_vars() -%}
    {%- if execute -%}
        {%- do as_of_date_string() -%}
    {%- endif -%}
    select 1
{%- endmacro %}
