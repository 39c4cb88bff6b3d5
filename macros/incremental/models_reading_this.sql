{#
    The names of the models that ref the model being built, sorted: a
    change set's readers, whose oldest watermark it lists changes from.
#}
{% macro models_reading_this() -%}
    {%- set names = [] -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values()
            if node.resource_type == 'model'
            and model.unique_id in node.depends_on.nodes -%}
            {%- do names.append(node.name) -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(names | sort) }}
{%- endmacro %}
