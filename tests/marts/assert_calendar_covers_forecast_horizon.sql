{#
    The fixed calendar (vars calendar_start, calendar_end) must cover every
    day the marts need: the first day worked or planned and the end of the
    forecast horizon. Fails with the uncovered day when the as-of day comes
    too close to calendar_end (extend the var and the holiday seed).
#}
with

calendar as (
    select
        min(calendar_on) as first_day,
        max(calendar_on) as last_day
    from {{ ref('int_calendar_days') }}
),

needed as (
    select
        (select min(worked_on) from {{ ref('stg_app__actuals') }})
            as first_worked_on,
        (select min(starts_on) from {{ ref('stg_app__allocations') }})
            as first_planned_on,
        {{ forecast_horizon_end() }} as horizon_end
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
