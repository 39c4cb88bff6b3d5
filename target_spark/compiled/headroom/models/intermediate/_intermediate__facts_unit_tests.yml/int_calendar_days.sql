
-- Fixture for int_calendar_days
select cast('2026-11-02' as date)
 as `calendar_on`, cast('2026-11-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-11-20' as date)
 as `calendar_on`, cast('2026-11-16' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-11-23' as date)
 as `calendar_on`, cast('2026-11-23' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`