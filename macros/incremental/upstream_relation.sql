{#
    The relation of an upstream node, for hooks. The hooks read tables the
    model already depends on (through its inputs), so dbt's ordering holds;
    resolving them here rather than with ref() keeps them out of the
    model's direct inputs, which every unit test would have to mock. In a
    Slim CI build, read_schema defers to production as ref() does.
#}
{% macro upstream_relation(name) -%}
    {%- if not execute -%}{{ return(name) }}{%- endif -%}
    {%- for node in graph.nodes.values()
        if node.name == name and node.resource_type in ('model', 'snapshot') -%}
        {{ return(read_schema(node) ~ '.' ~ node.alias) }}
    {%- endfor -%}
    {{ exceptions.raise_compiler_error('upstream_relation: no model or snapshot named ' ~ name) }}
{%- endmacro %}
