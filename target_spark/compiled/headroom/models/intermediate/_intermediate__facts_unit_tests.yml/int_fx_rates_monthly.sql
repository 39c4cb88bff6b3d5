
-- Fixture for int_fx_rates_monthly
select cast('2026-03-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`