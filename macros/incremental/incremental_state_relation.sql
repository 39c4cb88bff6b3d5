{#
    The state table (the source incremental.incremental_state), in the
    schema this run writes to: under a Slim CI prefix (var schema_prefix),
    the CI build's own, so a CI build never moves production's watermarks.
    The source is declared without the prefix, so that a CI build does not
    see it, and every model reading it, as changed.
#}
{% macro incremental_state_relation() -%}
    {%- set declared = source('incremental', 'incremental_state') -%}
    {{ return(declared.incorporate(
        path={'schema': generate_schema_name('intermediate', none)}
    )) }}
{%- endmacro %}
