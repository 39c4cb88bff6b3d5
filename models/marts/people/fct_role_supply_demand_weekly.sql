{#
    Which roles the firm must hire or subcontract for, and when (contract
    v3, decision 49): per conformed role, team and ISO week, from the week
    of the as-of day for var('staffing_weeks_ahead') weeks (26), the supply
    of the real members holding the role (capacity, planned hours, free capacity: each member's
    positive headroom, never netted) against the unstaffed demand planned
    on placeholders (confirmed, tentative and on hold apart), and the gap:
    unstaffed demand less free capacity, in hours and in full-time people
    (hours / 40 a week). Above zero, the firm must hire, subcontract or
    move work. A role with demand and no member has a row too (capacity 0).
    Rebuilt whole each day (a few thousand rows).
#}
{%- set full_time_week_hours = 40 -%}

{{
    config(
        indexes=[{'columns': ['week_start']}],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

weekly as (
    select * from {{ ref('int_member_capacity_weekly') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

demand_days as (
    select * from {{ ref('int_placeholder_demand_days') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

weeks as (
    select distinct calendar.week_start
    from calendar
    where {{ in_staffing_weeks('calendar.week_start') }}
),

supply as (
    select
        weekly.week_start,
        {{ team_and_role('members') }},
        count(*) as member_count,
        sum(weekly.capacity_hours) as capacity_hours,
        sum(weekly.planned_hours) as planned_hours,
        {{ free_hours('weekly.headroom_hours') }} as free_hours,
        {{ free_hours('weekly.headroom_without_tentative_hours') }}
            as free_without_tentative_hours
    from weekly
    inner join members
        on weekly.team_member_id = members.team_member_id
    inner join weeks
        on weekly.week_start = weeks.week_start
    group by 1, 2, 3
),

demand as (
    select
        calendar.week_start,
        demand_days.team,
        demand_days.role_name,
        count(distinct demand_days.placeholder_id) as placeholder_count,
        sum(demand_days.demand_hours) as unstaffed_hours,
        {% for certainty in ['confirmed', 'tentative', 'on_hold'] %}
            sum(
                case
                    when demand_days.project_plan_certainty = '{{ certainty }}'
                        then demand_days.demand_hours
                    else 0
                end
            ) as unstaffed_{{ certainty }}_hours
            {%- if not loop.last %},{% endif %}
        {% endfor %}
    from demand_days
    inner join calendar
        on demand_days.planned_on = calendar.calendar_on
    inner join weeks
        on calendar.week_start = weeks.week_start
    group by 1, 2, 3
),

joined as (
    select
        coalesce(supply.week_start, demand.week_start) as week_start,
        coalesce(supply.role_name, demand.role_name) as role_name,
        coalesce(supply.team, demand.team) as team,
        coalesce(supply.member_count, 0) as member_count,
        coalesce(demand.placeholder_count, 0) as placeholder_count,
        coalesce(supply.capacity_hours, 0) as capacity_hours,
        coalesce(supply.planned_hours, 0) as planned_hours,
        coalesce(supply.free_hours, 0) as free_hours,
        coalesce(supply.free_without_tentative_hours, 0)
            as free_without_tentative_hours,
        coalesce(demand.unstaffed_hours, 0) as unstaffed_hours,
        coalesce(demand.unstaffed_confirmed_hours, 0)
            as unstaffed_confirmed_hours,
        coalesce(demand.unstaffed_tentative_hours, 0)
            as unstaffed_tentative_hours,
        coalesce(demand.unstaffed_on_hold_hours, 0) as unstaffed_on_hold_hours
    from supply
    full outer join demand
        on
            supply.week_start = demand.week_start
            and supply.role_name = demand.role_name
            and supply.team = demand.team
),

final as (
    select
        week_start,
        role_name,
        team,
        cast(member_count as integer) as member_count,
        cast(placeholder_count as integer) as placeholder_count,
        cast(capacity_hours as numeric(12, 2)) as capacity_hours,
        cast(planned_hours as numeric(12, 2)) as planned_hours,
        cast(free_hours as numeric(12, 2)) as free_hours,
        cast(unstaffed_hours as numeric(12, 2)) as unstaffed_hours,
        cast(unstaffed_confirmed_hours as numeric(12, 2))
            as unstaffed_confirmed_hours,
        cast(unstaffed_tentative_hours as numeric(12, 2))
            as unstaffed_tentative_hours,
        cast(unstaffed_on_hold_hours as numeric(12, 2))
            as unstaffed_on_hold_hours,
        cast(unstaffed_hours - free_hours as numeric(12, 2)) as gap_hours,
        cast(
            (unstaffed_hours - free_hours) / {{ full_time_week_hours }}
            as numeric(9, 2)
        ) as gap_people,
        -- if no tentative project is won: the demand that is not tentative
        -- against the free capacity without tentative work
        cast(
            unstaffed_hours - unstaffed_tentative_hours
            - free_without_tentative_hours
            as numeric(12, 2)
        ) as gap_without_tentative_hours,
        cast(
            (
                unstaffed_hours - unstaffed_tentative_hours
                - free_without_tentative_hours
            ) / {{ full_time_week_hours }}
            as numeric(9, 2)
        ) as gap_without_tentative_people
    from joined
)

select * from final
order by 1, 2, 3
