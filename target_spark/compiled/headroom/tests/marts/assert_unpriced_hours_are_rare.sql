


with

months as (
    select
        month_start,
        sum(actual_hours + forecast_hours) as hours,
        sum(unpriced_hours) as unpriced_hours,
        sum(uncosted_hours) as uncosted_hours
    from marts.fct_revenue_forecast_monthly
    group by month_start
)

select
    month_start,
    hours,
    unpriced_hours,
    uncosted_hours
from months
where
    unpriced_hours > 0.01 * hours
    or uncosted_hours > 0.01 * hours