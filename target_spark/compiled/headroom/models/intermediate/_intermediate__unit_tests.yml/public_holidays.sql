
-- Fixture for public_holidays
select cast('2026-07-03' as date)
 as `holiday_on`, cast('Independence Day' as string)
 as `holiday_name`, cast('2026-07-04' as date)
 as `holiday_date`