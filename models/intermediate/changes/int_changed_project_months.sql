{{ config(**incremental_config({
    'materialized': 'table',
    'pre_hook': [
        "{{ begin_increment(
            [
                ref('base_app__actuals'), ref('base_app__allocations'),
                ref('base_app__time_off'), ref('int_team_members'),
                ref('int_projects'), ref('int_reference_versions'),
            ],
            window=forecast_window(
                ref('int_actuals_priced'), ref('int_support_fee_months')
            ),
        ) }}",
    ],
    'post_hook': ['{{ record_increment() }}'],
})) }}

{% if builds_incrementally() -%}
-- noqa: disable=LT02
-- (the body stays at the left margin inside the if)

-- The change set of the revenue forecast (decision 33): every (project,
-- month) whose row may differ from what the forecast holds, from what was
-- staged since its last build.

with

{{ changed_months_prelude(
    forecast_window(ref('int_actuals_priced'), ref('int_support_fee_months')),
    inputs={
        'members': ref('int_team_members'),
        'projects': ref('int_projects'),
        'allocations': ref('base_app__allocations'),
        'time_off': ref('base_app__time_off'),
        'actuals': ref('base_app__actuals'),
        'calendar': ref('int_calendar_days'),
        'reference': ref('int_reference_versions'),
    },
) }},

-- members whose plan is priced or shrunk anew: their rates changed, or
-- their time off did
members_replanned as (
    select changed_members.team_member_id from changed_members
    union
    select staged_time_off.team_member_id from staged_time_off
    union
    select staged_time_off.replaced_team_member_id from staged_time_off
),

-- projects rebuilt whole: their own terms changed
projects_to_rebuild as (
    select changed_projects.project_id from changed_projects
),

-- projects whose plan to come a replanned member is on: rebuilt from the
-- as-of month (the past is actuals, listed by month below)
projects_replanned as (
    select distinct allocations.project_id
    from {{ ref('base_app__allocations') }} as allocations
    cross join now_
    where
        allocations.ends_on > now_.as_of_on
        and allocations.team_member_id in (
            select members_replanned.team_member_id from members_replanned
        )
),

project_months as (
    select
        staged_actual_months.project_id,
        staged_actual_months.month_start
    from staged_actual_months
    union
    -- the months of the allocations staged, where they are and where they
    -- were (decision 37)
    select
        staged_range_days.project_id,
        staged_range_days.month_start
    from staged_range_days
    where staged_range_days.project_id is not null
    union
    -- the actuals of a member whose rates changed
    select
        actuals.project_id,
        {{ month_start_of('actuals.worked_on') }}
    from {{ ref('int_actuals_priced') }} as actuals
    where
        actuals.team_member_id in (
            select changed_members.team_member_id from changed_members
        )
    union
    select
        projects.project_id,
        moved_months.month_start
    from {{ ref('int_projects') }} as projects
    cross join moved_months
    union
    select
        projects_replanned.project_id,
        months.month_start
    from projects_replanned
    cross join now_
    cross join span
    inner join months
        on
            months.month_start
            between {{ month_start_of('now_.as_of_on') }} and span.last_day
    union
    select
        projects_to_rebuild.project_id,
        months.month_start
    from projects_to_rebuild
    cross join span
    inner join months
        on months.month_start between span.first_month and span.last_day
),

-- Fixed Fee contracts (decision 50): a change anywhere in a contract
-- moves its estimate, and so the revenue of every month not locked by an
-- earlier day's build (a month locked today is locked again by a second
-- build of the day): those months, for a Fixed Fee project with a month
-- listed above, and for every one of them when the as-of day moved (the
-- hours it passed are no longer planned). A day with no change lists none.
fixed_fee_locks as (
    select
        project_id,
        max(month_start) as last_locked_month
    from {{ ref('fixed_fee_recognized_months') }}
    where
        is_locked
        and as_of_on < {{ as_of_date() }}
    group by 1
),

fixed_fee_months as (
    select
        projects.project_id,
        months.month_start
    from {{ ref('int_projects') }} as projects
    cross join span
    left outer join fixed_fee_locks
        on projects.project_id = fixed_fee_locks.project_id
    inner join months
        on
            coalesce(
                fixed_fee_locks.last_locked_month,
                {{ dbt.dateadd('month', -1, 'span.first_month') }}
            ) < months.month_start
            and span.last_day >= months.month_start
    where
        projects.revenue_treatment = 'fixed_fee'
        and (
            projects.project_id in (
                select project_months.project_id from project_months
            )
            or exists (select 1 from moved_months)
        )
),

listed_months as (
    select
        project_id,
        month_start
    from project_months
    union all
    select
        project_id,
        month_start
    from fixed_fee_months
),

-- Whole months: the forecast's grain is the month (first_day and
-- last_day, as in int_changed_member_months, for changed_periods).
final as (
    select distinct
        project_id,
        month_start,
        month_start as first_day,
        {{ dbt.last_day('month_start', 'month') }} as last_day
    from listed_months
    where project_id is not null
)

select * from final
-- noqa: enable=LT02
{%- else -%}
-- Spark: every period is rebuilt on every build (decision 38)
{{ empty_change_set('project_id') }}
{%- endif %}
