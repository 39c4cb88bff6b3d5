{{ config(indexes=[{'columns': ['calendar_on'], 'unique': true}]) }}

with

days as (
    {{ dbt.date_spine(
        'day',
        "cast('" ~ var('calendar_start') ~ "' as date)",
        "cast('" ~ var('calendar_end') ~ "' as date) + 1",
    ) }}
),

holidays as (
    select * from {{ ref('public_holidays') }}
),

calendar as (
    select
        cast(days.date_day as date) as calendar_on,
        cast({{ dbt.date_trunc('week', 'days.date_day') }} as date)
            as week_start,
        cast({{ dbt.date_trunc('month', 'days.date_day') }} as date)
            as month_start,
        {{ iso_day_of_week("days.date_day") }} >= 6 as is_weekend
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
