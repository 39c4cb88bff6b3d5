{#
    Layers get plain schema names (staging, intermediate, marts, ...), so
    dashboards and grants name them directly. Two projects sharing one
    database would collide: give each its own database instead.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
