{#
    Incremental runs by period (decision 21): int_member_days and the weekly
    and monthly people marts by member and month or week, the revenue
    forecast by project and month.

    A run rebuilds exactly the periods whose inputs may have changed since
    the model's last build, and nothing else:
      1. the pre-hook (begin_period_increment) records the run's data
         clock, as-of day and window in a temporary table, lists the changed
         periods in another, and deletes those periods' rows;
      2. the model's SQL recomputes those periods only (it joins its inputs
         to in_changed_periods); the append strategy inserts them;
      3. the post-hook (record_period_increment) deletes the rows of
         members or projects no longer staged, and stores the clock, as-of
         day and window in intermediate.incremental_state, in the same
         transaction as the rows, for the next run to start from.
    A full build (first run, --full-refresh) computes everything and still
    records its state. Without a state row, every period counts as changed.
    A change to the seeds (calendar, FX rates, types, statuses, roles) or to
    the calendar vars is not seen: run with --full-refresh after one.
#}

{# The state table: one row per model, written in the model's transaction. #}
{% macro incremental_state_relation() -%}
    {{ generate_schema_name('intermediate', none) }}.incremental_state
{%- endmacro %}

{# on-run-start: the state table exists before any model reads it. #}
{% macro create_incremental_state() -%}
    create schema if not exists {{ generate_schema_name('intermediate', none) }};
    create table if not exists {{ incremental_state_relation() }} (
        model_name text primary key,
        changes_through timestamp with time zone not null,
        as_of_on date not null,
        window_start_on date not null,
        window_end_on date not null,
        built_at timestamp with time zone not null
    );
    comment on table {{ incremental_state_relation() }} is
        'Where each model incremental by period left off: the newest app '
        'change it had seen, its as-of day and its window (decision 21).';
{%- endmacro %}

{#
    The daily window of the member grain: from the first day anything was
    planned or worked (or the as-of day, if earlier) to the forecast horizon.
#}
{% macro member_day_window(in_hook=false) -%}
    {%- set lookup = upstream_relation if in_hook else ref -%}
    select
        least(
            (select min(worked_on) from {{ lookup('fct_actuals_priced') }}),
            (select min(planned_on) from {{ lookup('int_allocation_days') }}),
            {{ as_of_date() }}
        ) as window_start_on,
        {{ forecast_horizon_end() }} as window_end_on
{%- endmacro %}

{#
    The data clock: the newest updated_at of the app rows the period models
    read (for actuals, of those live and valid, which an index answers).
    The next run treats rows changed from this point, less the
    incremental_lookback var, as changed. A clock that lags the newest
    change (a soft delete, say) only makes the next run re-read a little
    more; it can never make it miss a change.
#}
{% macro inputs_clock() -%}
    greatest(
        (select max(updated_at) from {{ upstream_relation('fct_actuals_priced') }}),
        (select max(updated_at) from {{ upstream_relation('base_app__allocations') }}
         where rejection_reason is null),
        (select max(updated_at) from {{ upstream_relation('base_app__time_off') }}
         where rejection_reason is null),
        (select max(updated_at) from {{ upstream_relation('base_app__team_members') }}
         where rejection_reason is null),
        (select max(updated_at) from {{ upstream_relation('base_app__projects') }}
         where rejection_reason is null),
        cast('1900-01-01' as timestamp with time zone)
    )
{%- endmacro %}

{#
    The two kinds of keys a period model is built by: its key column, the
    staged relation its live keys come from, and its window.
#}
{% macro increment_entity(entity) -%}
    {%- if entity == 'member' -%}
        {{ return({'key': 'team_member_id', 'live': 'stg_app__team_members'}) }}
    {%- elif entity == 'project' -%}
        {{ return({'key': 'project_id', 'live': 'dim_projects'}) }}
    {%- else -%}
        {{ exceptions.raise_compiler_error('period increments know members and projects, not ' ~ entity) }}
    {%- endif -%}
{%- endmacro %}

{#
    The months of the revenue forecast: from the first month anything was
    worked or a support fee was due (or the as-of month) to the forecast
    horizon.
#}
{% macro forecast_window(in_hook=false) -%}
    {%- set lookup = upstream_relation if in_hook else ref -%}
    {%- set first_day -%}
        least(
            (select min(worked_on) from {{ lookup('fct_actuals_priced') }}),
            (
                select min(month_start)
                from {{ lookup('int_support_fee_months') }}
            ),
            {{ as_of_date() }}
        )
    {%- endset %}
    select
        {{ month_start_of(first_day) }} as window_start_on,
        {{ forecast_horizon_end() }} as window_end_on
{%- endmacro %}

{#
    Inside a changed-months query: the distinct `key` of the rows of an
    upstream relation whose `timestamp` is at or after the watermark.
#}
{% macro keys_changed_since_watermark(relation_name, key, timestamp='updated_at') -%}
    select changed.{{ key }}
    from {{ upstream_relation(relation_name) }} as changed
    cross join previous
    where changed.{{ timestamp }} >= previous.watermark
{%- endmacro %}

{% macro changes_table() -%}{{ this.name }}__changes{%- endmacro %}

{% macro increment_table() -%}{{ this.name }}__increment{%- endmacro %}

{#
    What every changed-months query starts from: the model's last state
    (its watermark, as-of day and window; the widest possible when there is
    none), the months of the calendar, and the months every key is rebuilt
    in because the as-of day or an end of the window moved.
#}
{% macro changed_months_prelude() -%}
    previous as (
        select
            coalesce(max(state.changes_through), '-infinity')
            - interval '{{ var("incremental_lookback") }}' as watermark,
            coalesce(max(state.as_of_on), '1900-01-01') as as_of_on,
            coalesce(max(state.window_start_on), '1900-01-01')
                as window_start_on,
            coalesce(max(state.window_end_on), '9999-12-31') as window_end_on
        from {{ incremental_state_relation() }} as state
        where state.model_name = '{{ this.name }}'
    ),

    months as (
        select distinct month_start from {{ upstream_relation('int_calendar_days') }}
    ),

    -- every month a key's rows could have, in the old or the new window
    span as (
        select
            {{ month_start_of('least(previous.window_start_on, now_.window_start_on)') }}
                as first_month,
            greatest(previous.window_end_on, now_.window_end_on) as last_day
        from previous cross join {{ increment_table() }} as now_
    ),

    -- months every key is rebuilt in: the as-of day or a window end moved
    moved_months as (
        select months.month_start
        from months
        cross join previous
        cross join {{ increment_table() }} as now_
        where
            previous.as_of_on <> now_.as_of_on
            and months.month_start between
            {{ month_start_of('least(previous.as_of_on, now_.as_of_on)') }}
            and greatest(previous.as_of_on, now_.as_of_on)
            or previous.window_start_on <> now_.window_start_on
            and months.month_start between
            {{ month_start_of('least(previous.window_start_on, now_.window_start_on)') }}
            and greatest(previous.window_start_on, now_.window_start_on)
            or previous.window_end_on <> now_.window_end_on
            and months.month_start between
            {{ month_start_of('least(previous.window_end_on, now_.window_end_on)') }}
            and greatest(previous.window_end_on, now_.window_end_on)
    ),

    changed_projects as (
        {{ keys_changed_since_watermark('base_app__projects', 'project_id') }}
    ),

    changed_members as (
        {{ keys_changed_since_watermark('base_app__team_members', 'team_member_id') }}
        union
        {{ keys_changed_since_watermark(
            'snp_app__team_members', 'team_member_id', 'dbt_valid_from'
        ) }}
    ),

    -- one pass over every app actuals row (valid or not): those changed
    -- since the watermark, and those of a changed project or member
    actual_months as (
        select
            actuals.team_member_id,
            actuals.project_id,
            {{ month_start_of('actuals.worked_on') }} as month_start,
            actuals.updated_at >= previous.watermark as is_changed
        from {{ upstream_relation('base_app__actuals') }} as actuals
        cross join previous
        where
            actuals.updated_at >= previous.watermark
            or actuals.project_id in (
                select changed_projects.project_id from changed_projects
            )
            or actuals.team_member_id in (
                select changed_members.team_member_id from changed_members
            )
    ),

    changed_actual_months as (
        select team_member_id, project_id, month_start
        from actual_months
        where is_changed
    )
{%- endmacro %}

{#
    The (key, month) pairs whose rows may differ from the last build, for
    entity 'member' (int_member_days and the people marts) or 'project'
    (the revenue forecast):
    - the months of app actuals changed since the watermark (edited, added,
      deleted, restored, newly valid or rejected);
    - every month of a key rebuilt whole: a member whose own record, rate
      versions, allocations or time off changed (an edited allocation's old
      dates are no longer known); a project that changed, whose allocations
      changed, or that a changed member worked or is planned on, or a
      member whose time off changed is planned on;
    - for members, the months of the actuals and (unchanged) allocations of
      a changed project;
    - for every key, the months between the last build's as-of day and this
      one's, and between the old and new ends of the window.
#}
{% macro changed_key_months(entity) -%}
    {%- set spec = increment_entity(entity) -%}
    with

    {{ changed_months_prelude() }},

    keys_to_rebuild as (
        {% if entity == 'member' %}
            select team_member_id as key_id from changed_members
            union
            {{ keys_changed_since_watermark('base_app__allocations', 'team_member_id') }}
            union
            {{ keys_changed_since_watermark('base_app__time_off', 'team_member_id') }}
        {% else %}
            select project_id as key_id from changed_projects
            union
            select allocations.project_id
            from {{ upstream_relation('base_app__allocations') }} as allocations
            cross join previous
            where
                allocations.updated_at >= previous.watermark
                or allocations.team_member_id in (
                    select changed_members.team_member_id
                    from changed_members
                )
                -- time off shrinks the plan the forecast prices
                or allocations.team_member_id in (
                    {{ keys_changed_since_watermark(
                        'base_app__time_off', 'team_member_id'
                    ) }}
                )
            union
            select actual_months.project_id
            from actual_months
            where actual_months.team_member_id in (
                select changed_members.team_member_id from changed_members
            )
        {% endif %}
    )

    select {{ spec['key'] }} as key_id, month_start
    from changed_actual_months
    {% if entity == 'member' %}
        union
        select actual_months.team_member_id, actual_months.month_start
        from actual_months
        where actual_months.project_id in (
            select changed_projects.project_id from changed_projects
        )
        union
        -- the dates of an unchanged allocation of a changed project
        select allocations.team_member_id, months.month_start
        from {{ upstream_relation('base_app__allocations') }} as allocations
        inner join months
            on
                months.month_start
                between {{ month_start_of('allocations.starts_on') }}
                and allocations.ends_on
        where allocations.project_id in (
            select changed_projects.project_id from changed_projects
        )
    {% endif %}
    union
    select live.{{ spec['key'] }}, moved_months.month_start
    from {{ upstream_relation(spec['live']) }} as live
    cross join moved_months
    union
    select keys_to_rebuild.key_id, months.month_start
    from keys_to_rebuild
    cross join span
    inner join months
        on months.month_start between span.first_month and span.last_day
{%- endmacro %}

{#
    Pre-hook of a period model. `entity` is 'member' or 'project'; `grain`
    is 'month' or 'week': the periods the changed months are rebuilt in (a
    week overlapping a changed month is rebuilt whole); `date_column` is
    the model's column the periods are deleted by (its day or period start).
#}
{% macro begin_period_increment(entity, grain, date_column) -%}
    {%- set key = increment_entity(entity)['key'] -%}
    create temporary table {{ increment_table() }} on commit drop as
    select
        {{ inputs_clock() }} as changes_through,
        {{ as_of_date() }} as as_of_on,
        key_window.window_start_on,
        key_window.window_end_on
    from (
        {% if entity == 'member' %}{{ member_day_window(in_hook=true) }}
        {% else %}{{ forecast_window(in_hook=true) }}{% endif %}
    ) as key_window;
    {% if is_incremental() %}
        create temporary table {{ changes_table() }} on commit drop as
        with changed_months as (
            {{ changed_key_months(entity) }}
        )
        {% if grain == 'month' %}
            select
                key_id,
                month_start as period_start,
                cast(month_start + interval '1 month' as date) as period_end
            from changed_months
        {% else %}
            select distinct
                changed_months.key_id,
                calendar.week_start as period_start,
                calendar.week_start + 7 as period_end
            from changed_months
            inner join {{ upstream_relation('int_calendar_days') }} as calendar
                on calendar.month_start = changed_months.month_start
        {% endif %};
        analyze {{ changes_table() }};
        delete from {{ this }} as target
        using {{ changes_table() }} as changes
        where
            target.{{ key }} = changes.key_id
            and target.{{ date_column }} >= changes.period_start
            and target.{{ date_column }} < changes.period_end;
    {% endif %}
{%- endmacro %}

{#
    In the model's SQL, after `from <input> as <alias>`: on an incremental
    run, keeps the input's rows of the changed periods only.
#}
{% macro in_changed_periods(key_column, day_column) -%}
    {%- if is_incremental() %}
        inner join {{ changes_table() }} as changes
            on
                {{ key_column }} = changes.key_id
                and {{ day_column }} >= changes.period_start
                and {{ day_column }} < changes.period_end
    {%- endif %}
{%- endmacro %}

{#
    Post-hook: deletes the rows of members or projects no longer staged (a
    hard delete upstream, or a row now rejected), then records where this
    build left off, in the same transaction as its rows.
#}
{% macro record_period_increment(entity) -%}
    {%- set spec = increment_entity(entity) -%}
    {{ delete_unmatched_rows(spec['key'], upstream_relation(spec['live'])) }};
    insert into {{ incremental_state_relation() }} as state (
        model_name, changes_through, as_of_on, window_start_on,
        window_end_on, built_at
    )
    select
        '{{ this.name }}',
        changes_through,
        as_of_on,
        window_start_on,
        window_end_on,
        now()
    from {{ increment_table() }}
    on conflict (model_name) do update set
        changes_through = excluded.changes_through,
        as_of_on = excluded.as_of_on,
        window_start_on = excluded.window_start_on,
        window_end_on = excluded.window_end_on,
        built_at = excluded.built_at
{%- endmacro %}
