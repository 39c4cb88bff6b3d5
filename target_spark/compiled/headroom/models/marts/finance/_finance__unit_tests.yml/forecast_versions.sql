
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