
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `project_id`,`month_start`,`cumulative_hours`,`cumulative_burn_ratio`,`overrun_hours`,`overrun_cost_usd`,`revenue_at_risk_usd`,`overrun_unpriced_hours`,`overrun_uncosted_hours`, 'actual' as `actual_or_expected`
  from (
    

-- Budget burn by project and month (issue 17): the hours of the revenue
-- forecast (actual to the as-of day, the kept plan after it) summed month
-- by month against the project's budget. The hours of a month past the
-- budget are its overrun; their money is the month's own money per hour
-- (its revenue and cost over its hours). Money of hours without a known
-- rate is left out and those hours are counted, as in the forecast.

with

 __dbt__cte__int_revenue_forecast_monthly as (

-- Fixture for int_revenue_forecast_monthly
select cast(1 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(60 as decimal(12,2))
 as `actual_hours`, cast(6000 as decimal(14,2))
 as `actual_revenue_usd`, cast(3000 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(30 as decimal(12,2))
 as `actual_hours`, cast(3000 as decimal(14,2))
 as `actual_revenue_usd`, cast(1500 as decimal(14,2))
 as `actual_cost_usd`, cast(30 as decimal(12,2))
 as `forecast_hours`, cast(3000 as decimal(14,2))
 as `forecast_revenue_usd`, cast(1500 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(6 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(0 as decimal(12,2))
 as `actual_hours`, cast(0 as decimal(14,2))
 as `actual_revenue_usd`, cast(0 as decimal(14,2))
 as `actual_cost_usd`, cast(10 as decimal(12,2))
 as `forecast_hours`, cast(1500 as decimal(14,2))
 as `forecast_revenue_usd`, cast(500 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(60 as decimal(12,2))
 as `actual_hours`, cast(7200 as decimal(14,2))
 as `actual_revenue_usd`, cast(2400 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(5 as decimal(12,2))
 as `actual_hours`, cast(600 as decimal(14,2))
 as `actual_revenue_usd`, cast(200 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(3 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast('retainer' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(50 as decimal(12,2))
 as `actual_hours`, cast(5000 as decimal(14,2))
 as `actual_revenue_usd`, cast(2500 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(4 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(10 as decimal(12,2))
 as `actual_hours`, cast(1000 as decimal(14,2))
 as `actual_revenue_usd`, cast(500 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
),  __dbt__cte__int_projects as (

-- Fixture for int_projects
select cast(1 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(100 as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(50 as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(3 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(40 as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(4 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
), forecast as (
    select * from __dbt__cte__int_revenue_forecast_monthly
),

projects as (
    select * from __dbt__cte__int_projects
),

months as (
    select
        forecast.project_id,
        forecast.month_start,
        forecast.revenue_treatment,
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
        cast(
        round((cumulative_hours) / nullif((budget_hours), 0), 4)
        as numeric(10, 4)
    )
            as cumulative_burn_ratio,
        cast(overrun_hours as numeric(12, 2)) as overrun_hours,
        cast(
        case
            when overrun_hours = 0 then 0
            else round(
                overrun_hours * cost_usd / nullif(hours, 0), 2
            )
        end
        as numeric(14, 2)
    )
            as overrun_cost_usd,
        cast(
        case
            when overrun_hours = 0 then 0
            else round(
                overrun_hours * uncosted_hours / nullif(hours, 0), 2
            )
        end
        as numeric(14, 2)
    )
            as overrun_uncosted_hours,
        -- Billable only: a fee or an internal project puts no revenue at risk
        cast(
            case
                when revenue_treatment = 'time_and_materials'
                    then
                        cast(
        case
            when overrun_hours = 0 then 0
            else round(
                overrun_hours * revenue_usd / nullif(hours, 0), 2
            )
        end
        as numeric(14, 2)
    )
                when overrun_hours is not null then 0
            end
            as numeric(14, 2)
        ) as revenue_at_risk_usd,
        cast(
            case
                when revenue_treatment = 'time_and_materials'
                    then
                        cast(
        case
            when overrun_hours = 0 then 0
            else round(
                overrun_hours * unpriced_hours / nullif(hours, 0), 2
            )
        end
        as numeric(14, 2)
    )
                when overrun_hours is not null then 0
            end
            as numeric(14, 2)
        ) as overrun_unpriced_hours
    from overruns
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `project_id`, `month_start`, `cumulative_hours`, `cumulative_burn_ratio`, `overrun_hours`, `overrun_cost_usd`, `revenue_at_risk_usd`, `overrun_unpriced_hours`, `overrun_uncosted_hours`, 'expected' as `actual_or_expected`
  from (
    select cast(1 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast(60 as decimal(14,2))
 as `cumulative_hours`, cast(0.6 as decimal(10,4))
 as `cumulative_burn_ratio`, cast(0 as decimal(12,2))
 as `overrun_hours`, cast(0 as decimal(14,2))
 as `overrun_cost_usd`, cast(0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(120 as decimal(14,2))
 as `cumulative_hours`, cast(1.2 as decimal(10,4))
 as `cumulative_burn_ratio`, cast(20 as decimal(12,2))
 as `overrun_hours`, cast(1000.0 as decimal(14,2))
 as `overrun_cost_usd`, cast(2000.0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(2.0 as decimal(14,2))
 as `overrun_unpriced_hours`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast(130 as decimal(14,2))
 as `cumulative_hours`, cast(1.3 as decimal(10,4))
 as `cumulative_burn_ratio`, cast(10 as decimal(12,2))
 as `overrun_hours`, cast(500.0 as decimal(14,2))
 as `overrun_cost_usd`, cast(1500.0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast(60 as decimal(14,2))
 as `cumulative_hours`, cast(1.2 as decimal(10,4))
 as `cumulative_burn_ratio`, cast(10 as decimal(12,2))
 as `overrun_hours`, cast(400.0 as decimal(14,2))
 as `overrun_cost_usd`, cast(1200.0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(65 as decimal(14,2))
 as `cumulative_hours`, cast(1.3 as decimal(10,4))
 as `cumulative_burn_ratio`, cast(5 as decimal(12,2))
 as `overrun_hours`, cast(200.0 as decimal(14,2))
 as `overrun_cost_usd`, cast(600.0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`
union all
select cast(3 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast(50 as decimal(14,2))
 as `cumulative_hours`, cast(1.25 as decimal(10,4))
 as `cumulative_burn_ratio`, cast(10 as decimal(12,2))
 as `overrun_hours`, cast(500.0 as decimal(14,2))
 as `overrun_cost_usd`, cast(0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`
union all
select cast(4 as bigint)
 as `project_id`, cast('2026-10-01' as date)
 as `month_start`, cast(10 as decimal(14,2))
 as `cumulative_hours`, cast(null as decimal(10,4))
 as `cumulative_burn_ratio`, cast(null as decimal(12,2))
 as `overrun_hours`, cast(null as decimal(14,2))
 as `overrun_cost_usd`, cast(null as decimal(14,2))
 as `revenue_at_risk_usd`, cast(null as decimal(14,2))
 as `overrun_unpriced_hours`, cast(null as decimal(14,2))
 as `overrun_uncosted_hours`
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected