with

time_off as (
    select * from staging.stg_app__time_off
),

calendar as (
    select * from intermediate.int_calendar_days
),

-- Time off counts on working days only: a week off is five days off.
time_off_days as (
    select
        time_off.team_member_id,
        calendar.calendar_on as off_on,
        sum(time_off.hours_per_day) as time_off_hours
    from time_off
    inner join calendar
        on
            calendar.calendar_on between time_off.starts_on and time_off.ends_on
            and calendar.is_working_day
    where not time_off.is_deleted
    group by time_off.team_member_id, calendar.calendar_on
),

final as (
    select * from time_off_days
)

select * from final