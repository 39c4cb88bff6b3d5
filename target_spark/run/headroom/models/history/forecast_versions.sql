
    insert into table snapshots.forecast_versions
    select `project_id`, `month_start`, `as_of_on`, `is_withdrawn`, `forecast_hours`, `forecast_revenue_usd`, `weighted_forecast_revenue_usd`, `weighted_forecast_cost_usd`, `recorded_at` from forecast_versions__dbt_tmp

