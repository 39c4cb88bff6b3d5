{#
    The post-hook that refreshes a table's planner statistics after a
    build: ANALYZE on PostgreSQL. On Spark nothing: ANALYZE TABLE is not
    supported for Iceberg (v2) tables, whose files carry their own column
    statistics.
#}
{% macro analyze_relation(relation) -%}
    {{ return(adapter.dispatch('analyze_relation')(relation)) }}
{%- endmacro %}

{% macro postgres__analyze_relation(relation) -%}
    analyze {{ relation }}
{%- endmacro %}

{% macro spark__analyze_relation(relation) -%}{%- endmacro %}
