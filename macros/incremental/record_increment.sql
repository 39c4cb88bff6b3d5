{#
    Post-hook: stores where this build left off (increment_table(), from
    begin_increment or begin_period_increment) as the model's row of the
    state table, in the same transaction as its rows: both land, or
    neither.
#}
{% macro record_increment() -%}
    insert into {{ incremental_state_relation() }} as state (
        model_name, staged_through, as_of_on, window_start_on, window_end_on,
        was_incremental, rebuilt_from, invocation_id, built_at
    )
    select
        '{{ this.name }}',
        staged_through,
        as_of_on,
        window_start_on,
        window_end_on,
        was_incremental,
        rebuilt_from,
        '{{ invocation_id }}',
        now()
    from {{ increment_table() }}
    on conflict (model_name) do update set
        staged_through = excluded.staged_through,
        as_of_on = excluded.as_of_on,
        window_start_on = excluded.window_start_on,
        window_end_on = excluded.window_end_on,
        was_incremental = excluded.was_incremental,
        rebuilt_from = excluded.rebuilt_from,
        invocation_id = excluded.invocation_id,
        built_at = excluded.built_at
{%- endmacro %}
