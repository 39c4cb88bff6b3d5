
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
with

calendar as (
    select
        min(calendar_on) as first_day,
        max(calendar_on) as last_day
    from intermediate.int_calendar_days
),

needed as (
    select
        (select min(worked_on) from staging.stg_app__actuals)
            as first_worked_on,
        (select min(starts_on) from staging.stg_app__allocations)
            as first_planned_on,
        cast(
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
    ) as horizon_end
),

final as (
    select needed.*
    from needed
    cross join calendar
    where
        needed.first_worked_on < calendar.first_day
        or needed.first_planned_on < calendar.first_day
        or needed.horizon_end > calendar.last_day
)

select * from final
  
  
      
    ) dbt_internal_test