

with

 __dbt__cte__public_holidays as (

-- Fixture for public_holidays
select cast('2026-07-03' as date)
 as `holiday_on`, cast('Independence Day' as string)
 as `holiday_name`, cast('2026-07-04' as date)
 as `holiday_date`
), days as (
    


    


    with rawdata as (

        

    

    with p as (
        select 0 as generated_number union all select 1
    ), unioned as (

    select

    
    p0.generated_number * power(2, 0)
     + 
    
    p1.generated_number * power(2, 1)
     + 
    
    p2.generated_number * power(2, 2)
    
    
    + 1
    as generated_number

    from

    
    p as p0
     cross join 
    
    p as p1
     cross join 
    
    p as p2
    
    

    )

    select *
    from unioned
    where generated_number <= 8
    order by generated_number



    ),

    all_periods as (

        select (
            to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(cast('2026-06-29' as date)), nvl2(date(cast('2026-06-29' as date)), assert_true(date(cast('2026-06-29' as date)) is not null), null))

,
                    cast(row_number() over (order by 1) - 1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast('2026-06-29' as date)), nvl2(to_timestamp(cast('2026-06-29' as date)), assert_true(to_timestamp(cast('2026-06-29' as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast('2026-06-29' as date)), nvl2(date(cast('2026-06-29' as date)), assert_true(date(cast('2026-06-29' as date)) is not null), null))

)
        )
        ) as date_day
        from rawdata

    ),

    filtered as (

        select *
        from all_periods
        where date_day <= cast('2026-07-06' as date) + 1

    )

    select * from filtered


),

holidays as (
    select * from __dbt__cte__public_holidays
),

calendar as (
    select
        cast(days.date_day as date) as calendar_on,
        cast(date_trunc('week', days.date_day) as date)
            as week_start,
        cast(date_trunc('month', days.date_day) as date)
            as month_start,
        extract(dayofweek_iso from days.date_day) >= 6 as is_weekend
    from days
),

-- A holiday is kept on the day the firm observes it (a Saturday holiday on
-- the Friday before, a Sunday one on the Monday after), as the seed says.
observed as (
    select
        holiday_on,
        min(holiday_name) as holiday_name
    from holidays
    group by holiday_on
),

final as (
    select
        calendar.calendar_on,
        calendar.week_start,
        calendar.month_start,
        calendar.is_weekend,
        observed.holiday_name,
        observed.holiday_on is not null as is_holiday,
        not calendar.is_weekend and observed.holiday_on is null
            as is_working_day
    from calendar
    left outer join observed
        on calendar.calendar_on = observed.holiday_on
)

select * from final