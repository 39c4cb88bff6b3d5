{#
    Who can take on a half-time project starting next month?
    Members with at least `hours_per_week` hours of headroom (capacity less
    plan) in every week that starts in the month after the as-of month,
    most headroom first.

    Run: headroom dbt compile --select members_free_for_a_half_time_project
         then psql -f target/compiled/headroom/analyses/members_free_for_a_half_time_project.sql
    Change the threshold: --vars '{half_time_hours_per_week: 16}'
#}
{% set hours_per_week = var('half_time_hours_per_week', 20) %}

with

weeks as (
    select * from {{ ref('fct_member_capacity_weekly') }}
),

members as (
    select * from {{ ref('dim_team_members') }}
),

next_month_weeks as (
    select weeks.*
    from weeks
    where
        weeks.week_start
        >= cast({{ dbt.dateadd('month', 1, as_of_month()) }} as date)
        and weeks.week_start
        < cast({{ dbt.dateadd('month', 2, as_of_month()) }} as date)
),

free_members as (
    select
        team_member_id,
        count(*) as weeks,
        min(headroom_hours) as least_weekly_headroom_hours,
        sum(headroom_hours) as headroom_hours
    from next_month_weeks
    group by team_member_id
    having min(headroom_hours) >= {{ hours_per_week }}
),

final as (
    select
        members.team_member_name,
        members.team,
        members.role_name,
        free_members.weeks,
        free_members.least_weekly_headroom_hours,
        free_members.headroom_hours
    from free_members
    inner join members
        on free_members.team_member_id = members.team_member_id
    where members.is_active and not members.is_deleted
    order by free_members.least_weekly_headroom_hours desc
)

select * from final
