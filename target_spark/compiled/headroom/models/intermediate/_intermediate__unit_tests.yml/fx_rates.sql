
-- Fixture for fx_rates
select cast('2026-10-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(1.08 as decimal(10,4))
 as `usd_per_unit`
union all
select cast('2026-11-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(1.1 as decimal(10,4))
 as `usd_per_unit`
union all
select cast('2026-12-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(1.12 as decimal(10,4))
 as `usd_per_unit`
union all
select cast('2026-10-01' as date)
 as `month_start`, cast('GBP' as string)
 as `currency`, cast(1.25 as decimal(10,4))
 as `usd_per_unit`