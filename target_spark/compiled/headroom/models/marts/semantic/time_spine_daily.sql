with

calendar as (
    select * from intermediate.int_calendar_days
),

final as (
    select calendar_on as date_day
    from calendar
)

select * from final