with

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

fx_rates as (
    select * from {{ ref('fx_rates') }}
),

months as (
    select distinct month_start from calendar
),

currencies as (
    select distinct currency from fx_rates
),

-- The month's own rate where the seed has one; otherwise the latest known
-- rate before it (future months), or the earliest one for months before the
-- seed starts. USD is 1 by definition.
month_currencies as (
    select
        months.month_start,
        currencies.currency,
        coalesce(
            (
                select latest.usd_per_unit
                from fx_rates as latest
                where
                    latest.currency = currencies.currency
                    and latest.month_start <= months.month_start
                order by latest.month_start desc
                limit 1
            ),
            (
                select earliest.usd_per_unit
                from fx_rates as earliest
                where earliest.currency = currencies.currency
                order by earliest.month_start asc
                limit 1
            )
        ) as usd_per_unit
    from months
    cross join currencies
),

usd as (
    select
        month_start,
        'USD' as currency,
        cast(1 as numeric) as usd_per_unit
    from months
),

final as (
    select
        month_start,
        cast(currency as char(3)) as currency,
        cast(usd_per_unit as numeric(12, 6)) as usd_per_unit
    from month_currencies
    union all
    select
        month_start,
        cast(currency as char(3)) as currency,
        cast(usd_per_unit as numeric(12, 6)) as usd_per_unit
    from usd
)

select * from final
