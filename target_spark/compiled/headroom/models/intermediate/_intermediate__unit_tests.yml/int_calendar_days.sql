
-- Fixture for int_calendar_days
select cast('2026-03-02' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-03' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-04' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-05' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-06' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-07' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(False as boolean)
 as `is_working_day`