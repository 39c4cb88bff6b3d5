{{ config(materialized='table') }}

-- Budget burn by project and month (issue 17): the hours of the revenue
-- forecast (actual to the as-of day, the kept plan after it) summed month
-- by month against the project's budget. The hours of a month past the
-- budget are its overrun; their money is the month's own money per hour
-- (its revenue and cost over its hours). Money of hours without a known
-- rate is left out and those hours are counted, as in the forecast.

with

forecast as (
    select * from {{ ref('int_revenue_forecast_monthly') }}
),

projects as (
    select * from {{ ref('int_projects') }}
),

months as (
    select
        forecast.project_id,
        forecast.month_start,
        forecast.revenue_treatment,
        projects.is_open,
        projects.budget_hours,
        forecast.actual_hours,
        forecast.forecast_hours as planned_hours,
        forecast.actual_hours + forecast.forecast_hours as hours,
        forecast.actual_revenue_usd + forecast.forecast_revenue_usd
            as revenue_usd,
        forecast.actual_cost_usd + forecast.forecast_cost_usd as cost_usd,
        forecast.unpriced_hours,
        forecast.uncosted_hours
    from forecast
    inner join projects
        on forecast.project_id = projects.project_id
),

running as (
    select
        months.*,
        sum(months.hours) over (
            partition by months.project_id
            order by months.month_start
            rows between unbounded preceding and current row
        ) as cumulative_hours
    from months
),

overruns as (
    select
        running.*,
        case
            when running.budget_hours is not null
                then
                    greatest(running.cumulative_hours - running.budget_hours, 0)
                    - greatest(
                        running.cumulative_hours - running.hours
                        - running.budget_hours,
                        0
                    )
        end as overrun_hours
    from running
),

final as (
    select
        project_id,
        month_start,
        cast(budget_hours as numeric(12, 2)) as budget_hours,
        cast(actual_hours as numeric(12, 2)) as actual_hours,
        cast(planned_hours as numeric(12, 2)) as planned_hours,
        cast(cumulative_hours as numeric(14, 2)) as cumulative_hours,
        {{ safe_ratio('cumulative_hours', 'budget_hours') }}
            as cumulative_burn_ratio,
        cast(overrun_hours as numeric(12, 2)) as overrun_hours,
        {{ overrun_share('overrun_hours', 'cost_usd', 'hours') }}
            as overrun_cost_usd,
        {{ overrun_share('overrun_hours', 'uncosted_hours', 'hours') }}
            as overrun_uncosted_hours,
        -- Billable only: a fee or an internal project puts no revenue at
        -- risk; and only where work remains (the project is open): a
        -- Completed or Cancelled project's overrun is history, not a risk
        cast(
            case
                when revenue_treatment = 'time_and_materials' and is_open
                    then
                        {{ overrun_share(
                            'overrun_hours', 'revenue_usd', 'hours'
                        ) }}
                when overrun_hours is not null then 0
            end
            as numeric(14, 2)
        ) as revenue_at_risk_usd,
        cast(
            case
                when revenue_treatment = 'time_and_materials' and is_open
                    then
                        {{ overrun_share(
                            'overrun_hours', 'unpriced_hours', 'hours'
                        ) }}
                when overrun_hours is not null then 0
            end
            as numeric(14, 2)
        ) as overrun_unpriced_hours
    from overruns
)

select * from final
