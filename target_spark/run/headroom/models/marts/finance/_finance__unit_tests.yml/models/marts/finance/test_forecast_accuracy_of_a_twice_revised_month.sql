
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `month_start`,`lead_months`,`client_name`,`project_count`,`forecast_usd`,`actual_usd`,`absolute_error_usd`,`bias_ratio`,`absolute_percentage_error`, 'actual' as `actual_or_expected`
  from (
    -- How good the revenue forecast was (issue 17, decision 32): for each
-- closed month, and each lead time of 1, 2 and 3 months, the weighted
-- forecast that was known at the end of the month that many months before
-- (the history in forecast_versions) against the revenue that happened,
-- by project type and client. Bias and absolute percentage error are
-- ratios of sums over the projects of the group.

with

 __dbt__cte__forecast_versions as (

-- Fixture for forecast_versions
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast('2026-09-15' as date)
 as `as_of_on`, cast(null as boolean) as `is_withdrawn`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(1000 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as timestamp) as `recorded_at`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast('2026-10-20' as date)
 as `as_of_on`, cast(null as boolean) as `is_withdrawn`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(1500 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as timestamp) as `recorded_at`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast('2026-11-10' as date)
 as `as_of_on`, cast(null as boolean) as `is_withdrawn`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(1200 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as timestamp) as `recorded_at`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast('2026-09-15' as date)
 as `as_of_on`, cast(null as boolean) as `is_withdrawn`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(300 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as timestamp) as `recorded_at`
),  __dbt__cte__int_revenue_forecast_monthly as (

-- Fixture for int_revenue_forecast_monthly
select cast(1 as bigint)
 as `project_id`, cast('2026-08-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(500 as decimal(14,2))
 as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(1000 as decimal(14,2))
 as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(500 as decimal(14,2))
 as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2027-01-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(100 as decimal(14,2))
 as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(null as decimal(12,2)) as `forecast_hours`, cast(null as decimal(14,2)) as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(null as decimal(14,2)) as `weighted_forecast_revenue_usd`, cast(null as decimal(14,2)) as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
),  __dbt__cte__int_projects as (

-- Fixture for int_projects
select cast(1 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast('Acme' as string)
 as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast('Billable' as string)
 as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast('Acme' as string)
 as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast('Billable' as string)
 as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
), versions as (
    select * from __dbt__cte__forecast_versions
),

forecast as (
    select * from __dbt__cte__int_revenue_forecast_monthly
),

projects as (
    select * from __dbt__cte__int_projects
),

leads as (
    select 1 as lead_months
    union all
    select 2 as lead_months
    union all
    select 3 as lead_months
),

-- the first day anything was recorded: before it, nobody knows what was
-- forecast, so a lead whose day falls earlier is left out, not taken as 0
history_start as (
    select min(as_of_on) as first_recorded_on from versions
),

closed_months as (
    select distinct month_start from forecast
    where month_start < cast(date_trunc('month', cast('2027-01-10' as date)) as date)
),

-- the closed months, each with the day its forecast is read at each lead:
-- the last day of the month `lead_months` before it
targets as (
    select
        closed_months.month_start,
        leads.lead_months,
        cast(
            closed_months.month_start
            - (leads.lead_months - 1) * interval '1 month'
            - interval '1 day'
            as date
        ) as known_on
    from closed_months
    cross join leads
),

covered_targets as (
    select targets.*
    from targets
    cross join history_start
    where targets.known_on >= history_start.first_recorded_on
),

-- the version of each project and month in force on that day
known as (
    select
        covered_targets.month_start,
        covered_targets.lead_months,
        versions.project_id,
        versions.weighted_forecast_revenue_usd,
        row_number() over (
            partition by
                covered_targets.month_start,
                covered_targets.lead_months,
                versions.project_id
            order by versions.as_of_on desc
        ) as recency
    from covered_targets
    inner join versions
        on
            covered_targets.month_start = versions.month_start
            and covered_targets.known_on >= versions.as_of_on
),

forecast_at_lead as (
    select
        month_start,
        lead_months,
        project_id,
        weighted_forecast_revenue_usd
    from known
    where recency = 1
),

actual_revenue as (
    select
        covered_targets.month_start,
        covered_targets.lead_months,
        forecast.project_id,
        forecast.actual_revenue_usd
    from covered_targets
    inner join forecast
        on covered_targets.month_start = forecast.month_start
),

-- each project forecast or earning in the month: a project nobody
-- forecast counts a forecast of 0, one that earned nothing an actual of 0
project_outcomes as (
    select
        coalesce(forecast_at_lead.month_start, actual_revenue.month_start)
            as month_start,
        coalesce(forecast_at_lead.lead_months, actual_revenue.lead_months)
            as lead_months,
        coalesce(forecast_at_lead.project_id, actual_revenue.project_id)
            as project_id,
        coalesce(forecast_at_lead.weighted_forecast_revenue_usd, 0)
            as forecast_usd,
        coalesce(actual_revenue.actual_revenue_usd, 0) as actual_usd
    from forecast_at_lead
    full outer join actual_revenue
        on
            forecast_at_lead.month_start = actual_revenue.month_start
            and forecast_at_lead.lead_months = actual_revenue.lead_months
            and forecast_at_lead.project_id = actual_revenue.project_id
),

grouped as (
    select
        project_outcomes.month_start,
        project_outcomes.lead_months,
        projects.project_type_name,
        coalesce(projects.client_name, '(internal)') as client_name,
        count(*) as project_count,
        sum(project_outcomes.forecast_usd) as forecast_usd,
        sum(project_outcomes.actual_usd) as actual_usd,
        sum(abs(project_outcomes.forecast_usd - project_outcomes.actual_usd))
            as absolute_error_usd
    from project_outcomes
    inner join projects
        on project_outcomes.project_id = projects.project_id
    where project_outcomes.forecast_usd <> 0 or project_outcomes.actual_usd <> 0
    group by 1, 2, 3, 4
),

final as (
    select
        month_start,
        cast(lead_months as smallint) as lead_months,
        project_type_name,
        client_name,
        cast(project_count as integer) as project_count,
        cast(forecast_usd as numeric(16, 2)) as forecast_usd,
        cast(actual_usd as numeric(16, 2)) as actual_usd,
        cast(absolute_error_usd as numeric(16, 2)) as absolute_error_usd,
        cast(
        round((forecast_usd - actual_usd) / nullif((actual_usd), 0), 4)
        as numeric(10, 4)
    )
            as bias_ratio,
        cast(
        round((absolute_error_usd) / nullif((actual_usd), 0), 4)
        as numeric(10, 4)
    )
            as absolute_percentage_error
    from grouped
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `month_start`, `lead_months`, `client_name`, `project_count`, `forecast_usd`, `actual_usd`, `absolute_error_usd`, `bias_ratio`, `absolute_percentage_error`, 'expected' as `actual_or_expected`
  from (
    select cast('2026-12-01' as date)
 as `month_start`, cast(1 as smallint)
 as `lead_months`, cast('Acme' as string)
 as `client_name`, cast(2 as int)
 as `project_count`, cast(1500.0 as decimal(16,2))
 as `forecast_usd`, cast(1500.0 as decimal(16,2))
 as `actual_usd`, cast(400.0 as decimal(16,2))
 as `absolute_error_usd`, cast(0.0 as decimal(10,4))
 as `bias_ratio`, cast(0.2667 as decimal(10,4))
 as `absolute_percentage_error`
union all
select cast('2026-12-01' as date)
 as `month_start`, cast(2 as smallint)
 as `lead_months`, cast('Acme' as string)
 as `client_name`, cast(2 as int)
 as `project_count`, cast(1800.0 as decimal(16,2))
 as `forecast_usd`, cast(1500.0 as decimal(16,2))
 as `actual_usd`, cast(700.0 as decimal(16,2))
 as `absolute_error_usd`, cast(0.2 as decimal(10,4))
 as `bias_ratio`, cast(0.4667 as decimal(10,4))
 as `absolute_percentage_error`
union all
select cast('2026-12-01' as date)
 as `month_start`, cast(3 as smallint)
 as `lead_months`, cast('Acme' as string)
 as `client_name`, cast(2 as int)
 as `project_count`, cast(1300.0 as decimal(16,2))
 as `forecast_usd`, cast(1500.0 as decimal(16,2))
 as `actual_usd`, cast(200.0 as decimal(16,2))
 as `absolute_error_usd`, cast(-0.1333 as decimal(10,4))
 as `bias_ratio`, cast(0.1333 as decimal(10,4))
 as `absolute_percentage_error`
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected