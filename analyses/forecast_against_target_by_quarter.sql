{#
    Forecast against target, by quarter and team: billable hours (actual up
    to the as-of day, planned on Billable projects after it) against the
    billable hours the roles' targets ask of the capacity (the as-of month
    counts the billable hours worked so far only); and revenue
    (actual plus weighted forecast) by quarter for the same horizon.

    Run: headroom dbt compile --select forecast_against_target_by_quarter
         then psql -f target/compiled/headroom/analyses/forecast_against_target_by_quarter.sql
#}

with

member_months as (
    select * from {{ ref('fct_member_utilization_monthly') }}
),

members as (
    select * from {{ ref('dim_team_members') }}
),

project_months as (
    select * from {{ ref('fct_revenue_forecast_monthly') }}
),

hours_by_quarter as (
    select
        members.team,
        cast(
            {{ dbt.date_trunc('quarter', 'member_months.month_start') }} as date
        ) as quarter_start,
        sum(member_months.capacity_hours) as capacity_hours,
        sum(member_months.target_chargeable_hours) as target_chargeable_hours,
        sum(
            case
                when member_months.month_start < {{ as_of_month() }}
                    then member_months.billable_hours
                when member_months.month_start > {{ as_of_month() }}
                    then member_months.planned_billable_hours
                -- the as-of month counts only what was worked so far: the
                -- monthly mart does not split its plan at the as-of day
                else member_months.billable_hours
            end
        ) as expected_billable_hours
    from member_months
    inner join members
        on member_months.team_member_id = members.team_member_id
    where member_months.month_start >= {{ as_of_month() }}
    group by 1, 2
),

revenue_by_quarter as (
    select
        cast({{ dbt.date_trunc('quarter', 'month_start') }} as date)
            as quarter_start,
        sum(actual_revenue_usd + weighted_forecast_revenue_usd)
            as expected_revenue_usd
    from project_months
    where month_start >= {{ as_of_month() }}
    group by 1
),

final as (
    select
        hours_by_quarter.quarter_start,
        hours_by_quarter.team,
        hours_by_quarter.capacity_hours,
        hours_by_quarter.target_chargeable_hours,
        hours_by_quarter.expected_billable_hours,
        hours_by_quarter.expected_billable_hours
        - hours_by_quarter.target_chargeable_hours as hours_above_target,
        revenue_by_quarter.expected_revenue_usd as firm_expected_revenue_usd
    from hours_by_quarter
    left outer join revenue_by_quarter
        on hours_by_quarter.quarter_start = revenue_by_quarter.quarter_start
    order by 1, 2
)

select * from final
