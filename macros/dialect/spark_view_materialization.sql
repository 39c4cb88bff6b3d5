{#
    A view on Spark: the one of dbt-spark, but an existing view is dropped
    first. Iceberg's session catalog (spark_catalog, decision 38) answers
    CREATE OR REPLACE VIEW with success and keeps the old definition, so a
    view that reads the as-of day kept the first build's day (found
    2026-12-07, issue 33). Not atomic: between the drop and the create a
    reader finds no view, as it finds no table while Spark replaces one.
#}
{% materialization view, adapter='spark' -%}
    {%- set existing = adapter.get_relation(database=this.database, schema=this.schema,
                                            identifier=this.identifier) -%}
    {%- if existing is not none and existing.is_view -%}
        {% do adapter.drop_relation(existing) %}
    {%- endif -%}
    {{ return(create_or_replace_view()) }}
{%- endmaterialization %}
