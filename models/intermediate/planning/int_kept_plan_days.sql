{#
    The plan after the as-of day that will be worked, per allocation day, to
    the forecast horizon: the allocation day's hours less what the member's
    time off that day cuts (planned_hours_kept with int_member_days'
    plan_kept_ratio), without the days of dead projects (plan_is_stale).
    The revenue forecast and the budget burn read the plan here, so their
    planned hours agree (assert_budget_burn_agrees_by_day_and_month). A
    view: its readers take a few projects' days at a time.
#}
{{ config(materialized='view') }}

with

allocation_days as (
    select * from {{ ref('int_allocation_days') }}
),

member_days as (
    select * from {{ ref('int_member_days') }}
),

final as (
    select
        allocation_days.project_id,
        allocation_days.team_member_id,
        allocation_days.planned_on,
        cast(
            {{ planned_hours_kept(
                'allocation_days.planned_hours',
                'coalesce(member_days.plan_kept_ratio, 1)',
            ) }} as numeric(8, 2)
        ) as planned_hours
    from allocation_days
    left outer join member_days
        on
            allocation_days.team_member_id = member_days.team_member_id
            and allocation_days.planned_on = member_days.calendar_on
    where
        allocation_days.planned_on > {{ as_of_date() }}
        and allocation_days.planned_on <= {{ forecast_horizon_end() }}
        and not {{ plan_is_stale('allocation_days') }}
)

select * from final
