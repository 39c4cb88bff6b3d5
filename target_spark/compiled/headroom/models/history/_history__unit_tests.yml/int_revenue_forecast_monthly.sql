
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