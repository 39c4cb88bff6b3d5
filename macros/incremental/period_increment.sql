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
    alter table {{ incremental_state_relation() }}
        add column if not exists staged_through timestamp with time zone;
    comment on table {{ incremental_state_relation() }} is
        'Where each model incremental by period left off: the newest app '
        'change it had seen, the newest staged_at of the app rows it read '
        '(decision 25), its as-of day and its window (decision 21).';
{%- endmacro %}

{#
    The daily window of the member grain: from the first day anything was
    planned or worked (or the as-of day, if earlier) to the forecast horizon.
#}
{% macro member_day_window(in_hook=false) -%}
    {%- set lookup = upstream_relation if in_hook else ref -%}
    select
        least(
            (select min(worked_on) from {{ lookup('int_actuals_priced') }}),
            (select min(planned_on) from {{ lookup('int_allocation_days') }}),
            {{ as_of_date() }}
        ) as window_start_on,
        {{ forecast_horizon_end() }} as window_end_on
{%- endmacro %}

{#
    The data clock: the newest updated_at of the members and projects the
    period models read (valid ones). The next run treats members and
    projects changed from this point, less the incremental_lookback var,
    as changed. The app rows below them (actuals, allocations, time off)
    follow the staged clock instead.
#}
{% macro inputs_clock() -%}
    greatest(
        (select max(updated_at) from {{ upstream_relation('base_app__team_members') }}
         where rejection_reason is null),
        (select max(updated_at) from {{ upstream_relation('base_app__projects') }}
         where rejection_reason is null),
        cast('1900-01-01' as timestamp with time zone)
    )
{%- endmacro %}

{#
    The staged clock (decision 25): the newest staged_at of the app rows
    the period models read, valid or not. The next run treats rows staged
    after it as changed: late rows, and verdicts that changed without an
    edit, which the app's updated_at does not announce.
#}
{% macro staged_clock() -%}
    greatest(
        (select max(staged_at) from {{ upstream_relation('base_app__actuals') }}),
        (select max(staged_at) from {{ upstream_relation('base_app__allocations') }}),
        (select max(staged_at) from {{ upstream_relation('base_app__time_off') }}),
        cast('-infinity' as timestamp with time zone)
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
            (select min(worked_on) from {{ lookup('int_actuals_priced') }}),
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
        {{ staged_clock() }} as staged_through,
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
        model_name, changes_through, staged_through, as_of_on,
        window_start_on, window_end_on, built_at
    )
    select
        '{{ this.name }}',
        changes_through,
        staged_through,
        as_of_on,
        window_start_on,
        window_end_on,
        now()
    from {{ increment_table() }}
    on conflict (model_name) do update set
        changes_through = excluded.changes_through,
        staged_through = excluded.staged_through,
        as_of_on = excluded.as_of_on,
        window_start_on = excluded.window_start_on,
        window_end_on = excluded.window_end_on,
        built_at = excluded.built_at
{%- endmacro %}
