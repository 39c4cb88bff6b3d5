{{ config(**incremental_config({
    'materialized': 'table',
    'pre_hook': [
        "{{ begin_increment(
            [
                ref('base_app__actuals'), ref('base_app__allocations'),
                ref('base_app__time_off'), ref('int_team_members'),
                ref('int_projects'), ref('int_reference_versions'),
            ],
            window=member_window(
                ref('int_actuals_priced'), ref('int_allocation_days')
            ),
        ) }}",
    ],
    'post_hook': ['{{ record_increment() }}'],
})) }}

{% if builds_incrementally() -%}
-- noqa: disable=LT02
-- (the body stays at the left margin inside the if)

-- The change set of the member grain and the people marts (decision 33):
-- every (member, month) whose rows may differ from what its readers hold,
-- from what was staged since the oldest of their last builds, and the days
-- of that month that may (decision 35): the whole month, except where the
-- only reasons are actuals rows, allocations or time off staged, or the
-- actuals and allocations of a changed project (their days, decision 37),
-- and the as-of day's move (the days it moved across): first_day to
-- last_day spans them.

with

{{ changed_months_prelude(
    member_window(ref('int_actuals_priced'), ref('int_allocation_days')),
    inputs={
        'members': ref('int_team_members'),
        'projects': ref('int_projects'),
        'allocations': ref('base_app__allocations'),
        'time_off': ref('base_app__time_off'),
        'actuals': ref('base_app__actuals'),
        'calendar': ref('int_calendar_days'),
        'reference': ref('int_reference_versions'),
    },
    as_of_by_day=true,
) }},

-- members rebuilt whole: their own record or rates changed
members_to_rebuild as (
    select changed_members.team_member_id from changed_members
),

member_months as (
    -- the days of actuals staged: a row counts on its own day only
    select
        staged_actual_months.team_member_id,
        staged_actual_months.month_start,
        staged_actual_months.worked_on as first_day,
        staged_actual_months.worked_on as last_day
    from staged_actual_months
    union
    -- the days of allocations and time off staged, where they are and
    -- where they were (decision 37)
    select
        staged_range_days.team_member_id,
        staged_range_days.month_start,
        staged_range_days.first_day,
        staged_range_days.last_day
    from staged_range_days
    union
    -- the days of the actuals of a changed project (its rates, type or
    -- fate)
    select
        actuals.team_member_id,
        {{ month_start_of('actuals.worked_on') }} as month_start,
        actuals.worked_on as first_day,
        actuals.worked_on as last_day
    from {{ ref('int_actuals_priced') }} as actuals
    where
        actuals.project_id in (
            select changed_projects.project_id from changed_projects
        )
    union
    -- the days of the allocations of a changed project
    select
        allocations.team_member_id,
        months.month_start,
        {{ month_slice_of_range(
            'allocations.starts_on', 'allocations.ends_on'
        ) }}
    from {{ ref('base_app__allocations') }} as allocations
    inner join months
        on
            months.month_start
            between {{ month_start_of('allocations.starts_on') }}
            and allocations.ends_on
    where
        allocations.project_id in (
            select changed_projects.project_id from changed_projects
        )
    union
    select
        members.team_member_id,
        moved_months.month_start,
        cast(null as date) as first_day,
        cast(null as date) as last_day
    from {{ ref('stg_app__team_members') }} as members
    cross join moved_months
    union
    -- the days the as-of day moved across, in each month they fall in
    select
        members.team_member_id,
        months.month_start,
        {{ month_slice_of_range(
            'moved_days.first_day', 'moved_days.last_day'
        ) }}
    from {{ ref('stg_app__team_members') }} as members
    cross join moved_days
    inner join months
        on
            months.month_start
            between {{ month_start_of('moved_days.first_day') }}
            and moved_days.last_day
    union
    select
        members_to_rebuild.team_member_id,
        months.month_start,
        cast(null as date) as first_day,
        cast(null as date) as last_day
    from members_to_rebuild
    cross join span
    inner join months
        on months.month_start between span.first_month and span.last_day
),

-- A month with any whole-month reason is rebuilt whole (null days).
final as (
    select
        team_member_id,
        month_start,
        case
            when bool_and(first_day is not null) then min(first_day)
            else month_start
        end as first_day,
        case
            when bool_and(last_day is not null) then max(last_day)
            else {{ dbt.last_day('month_start', 'month') }}
        end as last_day
    from member_months
    where team_member_id is not null
    group by team_member_id, month_start
)

select * from final
-- noqa: enable=LT02
{%- else -%}
-- Spark: every period is rebuilt on every build (decision 38)
{{ empty_change_set('team_member_id') }}
{%- endif %}
