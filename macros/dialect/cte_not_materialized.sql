{#
    `with name as {{ cte_not_materialized() }} (...)`: on PostgreSQL the CTE
    is inlined into each query that reads it (NOT MATERIALIZED), so its
    filters reach the table's indexes; Spark always inlines a CTE and knows
    no such keyword.
#}
{% macro cte_not_materialized() -%}
    {{ return(adapter.dispatch('cte_not_materialized')()) }}
{%- endmacro %}

{% macro postgres__cte_not_materialized() -%}
    not materialized
{%- endmacro %}

{% macro spark__cte_not_materialized() -%}{%- endmacro %}
