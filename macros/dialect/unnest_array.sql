{#
    In a select list: one row per element of an array column (the row goes
    when the array is empty). unnest on PostgreSQL, explode on Spark.
#}
{% macro unnest_array(expression) -%}
    {{ return(adapter.dispatch('unnest_array')(expression)) }}
{%- endmacro %}

{% macro postgres__unnest_array(expression) -%}
    unnest({{ expression }})
{%- endmacro %}

{% macro spark__unnest_array(expression) -%}
    explode({{ expression }})
{%- endmacro %}
