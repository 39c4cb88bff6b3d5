{#
    One plan for people and finance: the planned hours of the people marts
    after the as-of day, with the unstaffed demand planned on placeholders
    (decision 49), equal the forecast hours of the finance mart over the
    same days, month by month to the horizon. Months after the as-of
    month compare the monthly people mart whole; the as-of month compares
    its days after the as-of day, from the daily grain the monthly mart is
    summed from (assert_periods_sum_to_daily_grain holds the two equal).
    Returns the months that differ.
#}
with

people_future_months as (
    select
        month_start,
        sum(planned_hours) as planned_hours
    from {{ ref('fct_member_utilization_monthly') }}
    where
        month_start > {{ as_of_month() }}
        and month_start <= {{ forecast_horizon_end() }}
    group by month_start
),

people_as_of_month as (
    select
        month_start,
        sum(planned_hours) as planned_hours
    from {{ ref('int_member_days') }}
    where
        month_start = {{ as_of_month() }}
        and is_after_as_of
    group by month_start
),

-- placeholders are no members: their plan is unstaffed demand, which the
-- forecast prices at their rates all the same
unstaffed_days as (
    select
        {{ month_start_of('planned_on') }} as month_start,
        demand_hours
    from {{ ref('int_placeholder_demand_days') }}
    where
        planned_on > {{ as_of_date() }}
        and planned_on <= {{ forecast_horizon_end() }}
),

unstaffed as (
    select
        month_start,
        sum(demand_hours) as planned_hours
    from unstaffed_days
    group by month_start
),

people as (
    select
        month_start,
        sum(planned_hours) as planned_hours
    from (
        select * from people_future_months
        union all
        select * from people_as_of_month
        union all
        select * from unstaffed
    ) as planned
    group by month_start
),

finance as (
    select
        month_start,
        sum(forecast_hours) as forecast_hours
    from {{ ref('fct_revenue_forecast_monthly') }}
    where month_start >= {{ as_of_month() }}
    group by month_start
)

select
    coalesce(people.month_start, finance.month_start) as month_start,
    people.planned_hours as people_planned_hours,
    finance.forecast_hours as finance_forecast_hours
from people
full outer join finance
    on people.month_start = finance.month_start
where
    coalesce(people.planned_hours, 0)
    <> coalesce(finance.forecast_hours, 0)
