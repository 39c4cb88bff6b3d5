{#
    How dbt lists a schema's relations on Spark (decision 38). Spark 3.5
    reports an Iceberg table of the session catalog with "Provider: hive";
    dbt-spark then takes it for a Hive table, and a second snapshot run
    stops ("in another format than 'delta' or 'iceberg' or 'hudi"). The
    table's properties say what it is (table_type=ICEBERG), so such a row
    is reported as Provider: iceberg; every other row is passed on as is.
#}
{% macro spark__list_relations_without_caching(relation) -%}
    {%- call statement('list_relations_without_caching', fetch_result=True) -%}
        show table extended in {{ relation.schema }} like '*'
    {%- endcall -%}
    {%- set rows = [] -%}
    {%- for row in load_result('list_relations_without_caching').table -%}
        {%- set information = row[3] -%}
        {%- if 'table_type=ICEBERG' in information
            and 'Provider: hive' in information -%}
            {%- set information = information.replace(
                'Provider: hive', 'Provider: iceberg'
            ) -%}
        {%- endif -%}
        {%- do rows.append([row[0], row[1], row[2], information]) -%}
    {%- endfor -%}
    {{ return(rows) }}
{%- endmacro %}
