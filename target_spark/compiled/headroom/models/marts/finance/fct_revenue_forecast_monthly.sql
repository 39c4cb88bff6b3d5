


with

source_rows as (
    select * from intermediate.int_revenue_forecast_monthly
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
        unpriced_hours,
        uncosted_hours
    from source_rows
)

select * from final