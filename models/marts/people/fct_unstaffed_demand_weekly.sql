{#
    The placeholders behind each gap of fct_role_supply_demand_weekly
    (decision 49): per placeholder, project and ISO week of the staffing
    weeks, the hours planned on the placeholder (kept by the plan's rules)
    and how sure the project is. Its sums by week, role and team are the
    role mart's unstaffed hours (assert_unstaffed_demand_adds_up).
#}
{{
    config(
        indexes=[{'columns': ['role_name', 'week_start']}],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

demand_days as (
    select * from {{ ref('int_placeholder_demand_days') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

weekly as (
    select
        demand_days.placeholder_id,
        demand_days.project_id,
        calendar.week_start,
        demand_days.role_name,
        demand_days.team,
        demand_days.project_plan_certainty,
        sum(demand_days.demand_hours) as unstaffed_hours
    from demand_days
    inner join calendar
        on demand_days.planned_on = calendar.calendar_on
    where {{ in_staffing_weeks('calendar.week_start') }}
    group by 1, 2, 3, 4, 5, 6
),

final as (
    select
        weekly.placeholder_id,
        members.team_member_name as placeholder_name,
        weekly.project_id,
        weekly.week_start,
        weekly.role_name,
        weekly.team,
        weekly.project_plan_certainty,
        cast(weekly.unstaffed_hours as numeric(12, 2)) as unstaffed_hours
    from weekly
    inner join members
        on weekly.placeholder_id = members.team_member_id
    where weekly.unstaffed_hours > 0
)

select * from final
