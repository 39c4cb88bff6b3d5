{#
    Pre-hook of a period model, given its change set `changes` (a
    relation), the grain it is rebuilt by, the model's date column its
    periods are deleted by, its `key` column (the change set's has the same
    name), and `calendar` for the week grain. Writes the build's
    clock, as-of day and window to increment_table(): the change set's,
    when this run built it for the same as-of day (what it lists is then
    what the model has caught up with), else -infinity and no window (a
    model built alone: its next run rebuilds every period). On an incremental run the
    change set must be of this run, and the rows of its periods are then
    deleted; the model's SQL inserts them anew.
#}
{% macro begin_period_increment(
    changes, grain, date_column, key, calendar=none
) -%}
    {%- set state = incremental_state_relation() -%}
    {%- set current -%}
        select 1
        from {{ state }} as state
        where
            state.model_name = '{{ changes.identifier }}'
            and state.invocation_id = '{{ invocation_id }}'
            and state.as_of_on = {{ as_of_date() }}
    {%- endset -%}
    {%- if execute and is_incremental()
        and run_query(current).rows | length == 0 -%}
        {{ exceptions.raise_compiler_error(
            this.name ~ ' is rebuilt from the change set ' ~ changes.identifier
            ~ ', which this run did not build for as_of_date '
            ~ as_of_date_string() ~ ': select it too, e.g. dbt build'
            ~ ' --select ' ~ changes.identifier ~ ' ' ~ this.name
        ) }}
    {%- endif -%}
    create temporary table {{ increment_table() }} on commit drop as
    select
        coalesce(
            changes_state.staged_through,
            cast('-infinity' as timestamp with time zone)
        ) as staged_through,
        {{ as_of_date() }} as as_of_on,
        {{ is_incremental() }} as was_incremental,
        '{{ changes.identifier }}' as rebuilt_from,
        changes_state.window_start_on,
        changes_state.window_end_on
    from (select 1) as one_row
    left outer join {{ state }} as changes_state
        on
            changes_state.model_name = '{{ changes.identifier }}'
            and changes_state.invocation_id = '{{ invocation_id }}'
            and changes_state.as_of_on = {{ as_of_date() }};
    {% if is_incremental() -%}
        delete from {{ this }} as target
        using ({{ changed_periods(changes, grain, key, calendar) }}) as changes
        where
            target.{{ key }} = changes.key_id
            and target.{{ date_column }} >= changes.period_start
            and target.{{ date_column }} < changes.period_end
    {%- endif %}
{%- endmacro %}
