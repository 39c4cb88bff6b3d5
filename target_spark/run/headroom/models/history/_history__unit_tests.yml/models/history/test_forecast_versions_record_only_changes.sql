
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `project_id`,`month_start`,`as_of_on`,`is_withdrawn`,`forecast_hours`,`weighted_forecast_revenue_usd`, 'actual' as `actual_or_expected`
  from (
    

-- The history of the revenue forecast (issue 17, decision 32): each build
-- records, for every project and future month, the forecast it made when
-- it differs from the last one recorded before its as-of day; a forecast
-- that disappears (its plan removed) is recorded as withdrawn, at zero.
-- Append-only and never rebuilt (full_refresh=false): the past forecasts
-- cannot be made again. A second build as of the same day first forgets
-- what the first recorded for that day (the pre-hook): idempotent.

with

 __dbt__cte__forecast_versions as (
select cast(1 as bigint) as project_id, date '2026-12-01' as month_start, date '2026-09-15' as as_of_on, false as is_withdrawn, cast(10 as numeric(12, 2)) as forecast_hours, cast(1000 as numeric(14, 2)) as forecast_revenue_usd, cast(1000 as numeric(14, 2)) as weighted_forecast_revenue_usd, cast(500 as numeric(14, 2)) as weighted_forecast_cost_usd, now() as recorded_at
union all select 1, date '2026-12-01', date '2026-10-20', false, 15, 1500, 1500, 700, now()
union all select 1, date '2026-12-01', date '2026-11-10', false, 12, 1500, 1200, 600, now()
union all select 2, date '2026-12-01', date '2026-09-15', false, 3, 300, 300, 100, now()
union all select 3, date '2027-01-01', date '2026-10-20', false, 8, 800, 800, 300, now()
union all select 5, date '2026-11-01', date '2026-10-20', false, 5, 500, 500, 200, now()
),  __dbt__cte__int_revenue_forecast_monthly as (

-- Fixture for int_revenue_forecast_monthly
select cast(1 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(null as decimal(14,2)) as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(5 as decimal(12,2))
 as `forecast_hours`, cast(500 as decimal(14,2))
 as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(500 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(200 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(null as decimal(14,2)) as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(12 as decimal(12,2))
 as `forecast_hours`, cast(1500 as decimal(14,2))
 as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(1200 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(600 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(null as decimal(14,2)) as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(3 as decimal(12,2))
 as `forecast_hours`, cast(300 as decimal(14,2))
 as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(300 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(100 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
union all
select cast(4 as bigint)
 as `project_id`, cast('2027-01-01' as date)
 as `month_start`, cast(null as string) as `revenue_treatment`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_future_month`, cast(null as decimal(12,2)) as `actual_hours`, cast(null as decimal(14,2)) as `actual_revenue_usd`, cast(null as decimal(14,2)) as `actual_cost_usd`, cast(4 as decimal(12,2))
 as `forecast_hours`, cast(500 as decimal(14,2))
 as `forecast_revenue_usd`, cast(null as decimal(14,2)) as `forecast_cost_usd`, cast(400 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(200 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(null as decimal(12,2)) as `unpriced_hours`, cast(null as decimal(12,2)) as `uncosted_hours`
), forecast as (
    select * from __dbt__cte__int_revenue_forecast_monthly
),

-- what this build forecasts: the months after the as-of month, whole
current_forecast as (
    select
        project_id,
        month_start,
        forecast_hours,
        forecast_revenue_usd,
        weighted_forecast_revenue_usd,
        weighted_forecast_cost_usd
    from forecast
    where month_start > cast(date_trunc('month', cast('2026-11-10' as date)) as date)
),


    recorded as (
        select
            project_id,
            month_start,
            as_of_on,
            forecast_hours,
            forecast_revenue_usd,
            weighted_forecast_revenue_usd,
            weighted_forecast_cost_usd,
            is_withdrawn,
            row_number() over (
                partition by project_id, month_start order by as_of_on desc
            ) as recency
        from __dbt__cte__forecast_versions
        where as_of_on < cast('2026-11-10' as date)
    ),


last_known as (
    select * from recorded
    where recency = 1
),

compared as (
    select
        coalesce(current_forecast.project_id, last_known.project_id)
            as project_id,
        coalesce(current_forecast.month_start, last_known.month_start)
            as month_start,
        current_forecast.project_id is null as is_withdrawn,
        coalesce(current_forecast.forecast_hours, 0) as forecast_hours,
        coalesce(current_forecast.forecast_revenue_usd, 0)
            as forecast_revenue_usd,
        coalesce(current_forecast.weighted_forecast_revenue_usd, 0)
            as weighted_forecast_revenue_usd,
        coalesce(current_forecast.weighted_forecast_cost_usd, 0)
            as weighted_forecast_cost_usd,
        last_known.project_id is null as is_new,
        last_known.is_withdrawn as was_withdrawn,
        last_known.forecast_hours as known_hours,
        last_known.forecast_revenue_usd as known_revenue_usd,
        last_known.weighted_forecast_revenue_usd
            as known_weighted_revenue_usd,
        last_known.weighted_forecast_cost_usd as known_weighted_cost_usd
    from current_forecast
    full outer join last_known
        on
            current_forecast.project_id = last_known.project_id
            and current_forecast.month_start = last_known.month_start
),

-- a new forecast, a changed one, or one withdrawn from a month still
-- ahead (a month that became the as-of month left the forecast by itself)
changes as (
    select * from compared
    where
        is_new
        or (
            not is_withdrawn
            and (
                was_withdrawn
                or forecast_hours <> known_hours
                or forecast_revenue_usd <> known_revenue_usd
                or weighted_forecast_revenue_usd <> known_weighted_revenue_usd
                or weighted_forecast_cost_usd <> known_weighted_cost_usd
            )
        )
        or (
            is_withdrawn
            and not was_withdrawn
            and month_start > cast(date_trunc('month', cast('2026-11-10' as date)) as date)
        )
),

final as (
    select
        project_id,
        month_start,
        cast('2026-11-10' as date) as as_of_on,
        is_withdrawn,
        cast(forecast_hours as numeric(12, 2)) as forecast_hours,
        cast(forecast_revenue_usd as numeric(14, 2)) as forecast_revenue_usd,
        cast(weighted_forecast_revenue_usd as numeric(14, 2))
            as weighted_forecast_revenue_usd,
        cast(weighted_forecast_cost_usd as numeric(14, 2))
            as weighted_forecast_cost_usd,
        current_timestamp as recorded_at
    from changes
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `project_id`, `month_start`, `as_of_on`, `is_withdrawn`, `forecast_hours`, `weighted_forecast_revenue_usd`, 'expected' as `actual_or_expected`
  from (
    select cast(1 as bigint)
 as `project_id`, cast('2026-12-01' as date)
 as `month_start`, cast('2026-11-10' as date)
 as `as_of_on`, cast(False as boolean)
 as `is_withdrawn`, cast(12.0 as decimal(12,2))
 as `forecast_hours`, cast(1200.0 as decimal(14,2))
 as `weighted_forecast_revenue_usd`
union all
select cast(3 as bigint)
 as `project_id`, cast('2027-01-01' as date)
 as `month_start`, cast('2026-11-10' as date)
 as `as_of_on`, cast(True as boolean)
 as `is_withdrawn`, cast(0.0 as decimal(12,2))
 as `forecast_hours`, cast(0.0 as decimal(14,2))
 as `weighted_forecast_revenue_usd`
union all
select cast(4 as bigint)
 as `project_id`, cast('2027-01-01' as date)
 as `month_start`, cast('2026-11-10' as date)
 as `as_of_on`, cast(False as boolean)
 as `is_withdrawn`, cast(4.0 as decimal(12,2))
 as `forecast_hours`, cast(400.0 as decimal(14,2))
 as `weighted_forecast_revenue_usd`
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected