{#
    The one watermark (decision 33): a scalar subquery, the staged_through
    the given models (default: the model being built) recorded at their
    last build; their input rows stamped after it are the ones they have
    not read. Of several models, the oldest. A model whose table exists
    but has no state row (a state lost, or kept by an older layout) counts
    as never built: -infinity, so everything is read again. When none of
    them has a table yet, infinity: there is nothing to bring up to date.
    A model built before the reference data last changed
    (int_reference_versions: a seed or the calendar vars, decision 39)
    counts as never built too: every price, working day and probability it
    holds may differ.
#}
{% macro staged_watermark(models=none) -%}
    {#- outside every if, so the DAG shows the edge whatever the build -#}
    {%- set reference = ref('int_reference_versions') -%}
    {%- set models = models or [this.name] -%}
    {%- set built = [] -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values()
            if node.resource_type == 'model' and node.name in models -%}
            {%- if adapter.get_relation(
                database=node.database,
                schema=read_schema(node),
                identifier=node.alias,
            ) is not none -%}
                {%- do built.append(node.name) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if built | length == 0 -%}
        cast('infinity' as timestamp with time zone)
    {%- else -%}
        (
            select
                case
                    when count(*) < {{ built | length }}
                        then cast('-infinity' as timestamp with time zone)
                    when min(state.staged_through) < (
                        select max(reference.staged_at)
                        from {{ reference }} as reference
                    ) then cast('-infinity' as timestamp with time zone)
                    else min(state.staged_through)
                end
            from {{ incremental_state_relation() }} as state
            where state.model_name in (
                {%- for name in built -%}
                    '{{ name }}'{{ ', ' if not loop.last }}
                {%- endfor -%}
            )
        )
    {%- endif -%}
{%- endmacro %}
