
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
with

people_future_months as (
    select
        month_start,
        sum(planned_hours) as planned_hours
    from marts.fct_member_utilization_monthly
    where
        month_start > cast(date_trunc('month', cast('2026-11-20' as date)) as date)
        and month_start <= cast(
        to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )) is not null), null))

,
                    cast(-1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), nvl2(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), assert_true(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        )
        as date
    )
    group by month_start
),

people_as_of_month as (
    select
        month_start,
        sum(planned_hours) as planned_hours
    from intermediate.int_member_days
    where
        month_start = cast(date_trunc('month', cast('2026-11-20' as date)) as date)
        and is_after_as_of
    group by month_start
),

people as (
    select * from people_future_months
    union all
    select * from people_as_of_month
),

finance as (
    select
        month_start,
        sum(forecast_hours) as forecast_hours
    from marts.fct_revenue_forecast_monthly
    where month_start >= cast(date_trunc('month', cast('2026-11-20' as date)) as date)
    group by month_start
)

select
    coalesce(people.month_start, finance.month_start) as month_start,
    people.planned_hours as people_planned_hours,
    finance.forecast_hours as finance_forecast_hours
from people
full outer join finance
    on people.month_start = finance.month_start
where
    coalesce(people.planned_hours, 0)
    <> coalesce(finance.forecast_hours, 0)
  
  
      
    ) dbt_internal_test