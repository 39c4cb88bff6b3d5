
-- Fixture for int_support_fee_months
select cast(2 as bigint)
 as `project_id`, cast('2026-01-01' as date)
 as `month_start`, cast(null as int) as `month_end_status_id`, cast('earned' as string)
 as `fee_status`, cast(null as decimal(14,2)) as `monthly_fee_usd`, cast(1000 as decimal(14,2))
 as `earned_fee_usd`, cast(0 as decimal(14,2))
 as `forecast_fee_usd`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-02-01' as date)
 as `month_start`, cast(null as int) as `month_end_status_id`, cast('not_earned' as string)
 as `fee_status`, cast(null as decimal(14,2)) as `monthly_fee_usd`, cast(0 as decimal(14,2))
 as `earned_fee_usd`, cast(0 as decimal(14,2))
 as `forecast_fee_usd`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-03-01' as date)
 as `month_start`, cast(null as int) as `month_end_status_id`, cast('forecast' as string)
 as `fee_status`, cast(null as decimal(14,2)) as `monthly_fee_usd`, cast(0 as decimal(14,2))
 as `earned_fee_usd`, cast(1000 as decimal(14,2))
 as `forecast_fee_usd`