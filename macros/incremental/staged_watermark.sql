{#
    The one watermark (decision 33): a scalar subquery, the staged_through
    recorded at the last build; input rows stamped after it are the ones
    not read yet. `reference` is the int_reference_versions relation: a
    model built before the reference data last changed (a seed or the
    calendar vars, decision 39) counts as never built, -infinity, since
    every price, working day and probability it holds may differ.

    Of the model being built (the default): infinity when it has no table
    yet (nothing to bring up to date: the build is a full one), -infinity
    when its table exists but its state row does not (a state lost:
    everything is read again).

    With `readers_of` (a change set's name, for the change sets): the
    oldest watermark of the models rebuilt from that change set, found by
    the state rows they wrote (rebuilt_from). When none has written one,
    infinity if the change set has no table yet (a first build: its
    readers are built whole), else -infinity (their state was lost, or
    was kept by an older layout: the change set lists every period once).
#}
{% macro staged_watermark(reference, readers_of=none) -%}
    {%- set state = incremental_state_relation() -%}
    {%- set built = (load_relation(this) is not none) if execute else true -%}
    {%- if not built -%}
        cast('infinity' as timestamp with time zone)
    {%- else -%}
        (
            select
                case
                    when count(*) = 0
                        then cast('-infinity' as timestamp with time zone)
                    when min(state.staged_through) < (
                        select max(reference.staged_at)
                        from {{ reference }} as reference
                    ) then cast('-infinity' as timestamp with time zone)
                    else min(state.staged_through)
                end
            from {{ state }} as state
            where
                {% if readers_of is none -%}
                    state.model_name = '{{ this.name }}'
                {%- else -%}
                    state.rebuilt_from = '{{ readers_of }}'
                {%- endif %}
        )
    {%- endif -%}
{%- endmacro %}
