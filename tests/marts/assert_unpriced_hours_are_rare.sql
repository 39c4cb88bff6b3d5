{#
    An alert, not a stop: warns for every month where the hours whose
    revenue is unknown (unpriced_hours) or whose cost is unknown
    (uncosted_hours) pass 1% of the month's hours, worked and planned. The
    figures stay honest (the money is null, the hours counted), but a
    month resting that much on missing rates needs its rates entered.
#}
{{ config(severity='warn') }}

with

months as (
    select
        month_start,
        sum(actual_hours + forecast_hours) as hours,
        sum(unpriced_hours) as unpriced_hours,
        sum(uncosted_hours) as uncosted_hours
    from {{ ref('fct_revenue_forecast_monthly') }}
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
