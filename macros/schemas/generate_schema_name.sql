{#
    Layers get plain schema names (staging, intermediate, marts, ...), so
    dashboards and grants name them directly. Two projects sharing one
    database would collide: give each its own database instead.

    The var schema_prefix (empty unless set) is put before every layer's
    name: `headroom ci` sets it to ci_, so a Slim CI build of a change lands
    in ci_marts, ci_intermediate, ... beside production, and its deferred
    refs read production's relations in the same database (decision 29).
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- set prefix = var('schema_prefix', '') | string | trim -%}
    {%- if prefix and not modules.re.match('^[a-z][a-z0-9]{0,15}_$', prefix) -%}
        {{ exceptions.raise_compiler_error(
            "var schema_prefix=" ~ prefix
            ~ " is not lower-case letters and digits ending in _, such as ci_"
        ) }}
    {%- endif -%}
    {%- if custom_schema_name is none -%}
        {{ prefix }}{{ target.schema }}
    {%- else -%}
        {{ prefix }}{{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
