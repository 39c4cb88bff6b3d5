{#
    The schema a node's relation is read from in this run: its own, except
    in a Slim CI build (the var schema_prefix set, decision 29), where a
    node the build did not make is read from production, as ref() is under
    --defer: the prefixed schema when the relation exists there, else the
    same schema without the prefix.
#}
{% macro read_schema(node) -%}
    {%- set prefix = var('schema_prefix', '') | string | trim -%}
    {%- if execute and prefix and node.schema.startswith(prefix) -%}
        {%- set built = adapter.get_relation(
            database=node.database, schema=node.schema, identifier=node.alias
        ) -%}
        {%- if built is none -%}
            {{ return(node.schema[prefix | length:]) }}
        {%- endif -%}
    {%- endif -%}
    {{ return(node.schema) }}
{%- endmacro %}
