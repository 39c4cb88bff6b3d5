{#
    The mart as analysts and the dashboard read it:
    int_revenue_forecast_monthly as it is. A view, so that the rows are
    stored once; the marts that need the same figures read
    int_revenue_forecast_monthly, never this mart (decision 33).
#}
{{ config(materialized='view') }}

with

source_rows as (
    select * from {{ ref('int_revenue_forecast_monthly') }}
),

final as (
    select
        project_id,
        month_start,
        revenue_treatment,
        forecast_probability,
        is_future_month,
        actual_hours,
        actual_revenue_usd,
        actual_cost_usd,
        forecast_hours,
        forecast_revenue_usd,
        forecast_cost_usd,
        weighted_forecast_revenue_usd,
        weighted_forecast_cost_usd,
        unstaffed_forecast_hours,
        unstaffed_weighted_forecast_revenue_usd,
        unstaffed_weighted_forecast_cost_usd,
        unpriced_hours,
        uncosted_hours
    from source_rows
)

select * from final
