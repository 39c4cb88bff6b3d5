{#
    The placeholders behind the gaps add up to the gaps' demand: per week,
    role and team, the unstaffed hours of fct_unstaffed_demand_weekly equal
    those of fct_role_supply_demand_weekly (confirmed, tentative and on hold
    too), to the cent. Returns the weeks, roles and teams that differ.
#}
with

behind as (
    select
        week_start,
        role_name,
        team,
        sum(unstaffed_hours) as unstaffed_hours,
        sum(
            case
                when project_plan_certainty = 'tentative' then unstaffed_hours
                else 0
            end
        ) as unstaffed_tentative_hours
    from {{ ref('fct_unstaffed_demand_weekly') }}
    group by week_start, role_name, team
),

gaps as (
    select
        week_start,
        role_name,
        team,
        unstaffed_hours,
        unstaffed_tentative_hours
    from {{ ref('fct_role_supply_demand_weekly') }}
    where unstaffed_hours <> 0
),

final as (
    select
        coalesce(behind.week_start, gaps.week_start) as week_start,
        coalesce(behind.role_name, gaps.role_name) as role_name,
        coalesce(behind.team, gaps.team) as team,
        behind.unstaffed_hours as behind_hours,
        gaps.unstaffed_hours as gap_demand_hours
    from behind
    full outer join gaps
        on
            behind.week_start = gaps.week_start
            and behind.role_name = gaps.role_name
            and behind.team = gaps.team
    where
        behind.unstaffed_hours is distinct from gaps.unstaffed_hours
        or behind.unstaffed_tentative_hours
        is distinct from gaps.unstaffed_tentative_hours
)

select * from final
