
  
    
        create or replace table marts.time_spine_daily
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select date_day
    from (
        with

calendar as (
    select * from intermediate.int_calendar_days
),

final as (
    select calendar_on as date_day
    from calendar
)

select * from final
    ) as model_subq
  