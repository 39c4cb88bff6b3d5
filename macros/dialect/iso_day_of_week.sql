{# The ISO day of the week of a date: 1 for Monday to 7 for Sunday. #}
{% macro iso_day_of_week(day) -%}
    {{ return(adapter.dispatch('iso_day_of_week')(day)) }}
{%- endmacro %}

{% macro postgres__iso_day_of_week(day) -%}
    extract(isodow from {{ day }})
{%- endmacro %}

{% macro spark__iso_day_of_week(day) -%}
    extract(dayofweek_iso from {{ day }})
{%- endmacro %}
