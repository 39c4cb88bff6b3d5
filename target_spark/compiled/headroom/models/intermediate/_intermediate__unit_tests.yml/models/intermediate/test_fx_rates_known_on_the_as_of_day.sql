

with

 __dbt__cte__int_calendar_days as (

-- Fixture for int_calendar_days
select cast('2026-10-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-10-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-11-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-11-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-12-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-12-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2027-03-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2027-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
),  __dbt__cte__fx_rates as (

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
),  __dbt__cte__stg_app__projects as (

-- Fixture for stg_app__projects
select cast(1 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(null as int) as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('CHF' as string)
 as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(null as int) as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`
), calendar as (
    select * from __dbt__cte__int_calendar_days
),

fx_rates as (
    select * from __dbt__cte__fx_rates
),

projects as (
    select * from __dbt__cte__stg_app__projects
),

months as (
    select distinct month_start from calendar
),

-- Every currency with a rate, and every currency a project uses (a
-- currency the seed does not know must show up as missing, not vanish).
currencies as (
    select currency from fx_rates
    union
    select cast(currency as string) from projects
    where currency <> 'USD'
),

-- A month up to the as-of month takes its own rate, and has none when the
-- seed lacks it (assert_fx_rates_known fails the build if it is in use).
-- A later month takes the latest rate known on the as-of day: the rate of
-- the latest month up to the as-of month; later rates are not known yet.
rate_months as (
    select
        months.month_start,
        currencies.currency,
        case
            when months.month_start <= cast(date_trunc('month', cast('2026-11-18' as date)) as date)
                then months.month_start
            else (
                select max(known.month_start)
                from fx_rates as known
                where
                    known.currency = currencies.currency
                    and known.month_start <= cast(date_trunc('month', cast('2026-11-18' as date)) as date)
            )
        end as rate_month_start
    from months
    cross join currencies
),

foreign_rates as (
    select
        rate_months.month_start,
        rate_months.currency,
        rate_months.rate_month_start,
        fx_rates.usd_per_unit
    from rate_months
    left outer join fx_rates
        on
            rate_months.currency = fx_rates.currency
            and rate_months.rate_month_start = fx_rates.month_start
),

usd as (
    select
        month_start,
        'USD' as currency,
        month_start as rate_month_start,
        cast(1 as numeric) as usd_per_unit
    from months
),

final as (
    select
        month_start,
        cast(currency as char(3)) as currency,
        case
            when usd_per_unit is not null then rate_month_start
        end as rate_month_start,
        cast(usd_per_unit as numeric(12, 6)) as usd_per_unit
    from foreign_rates
    union all
    select
        month_start,
        cast(currency as char(3)) as currency,
        rate_month_start,
        cast(usd_per_unit as numeric(12, 6)) as usd_per_unit
    from usd
)

select * from final