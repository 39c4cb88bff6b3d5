
  
    
        create or replace table marts.fct_revenue_forecast_by_type_monthly
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select month_start, project_type_name, revenue_treatment, is_future_month, project_count, actual_hours, actual_revenue_usd, actual_cost_usd, forecast_hours, forecast_revenue_usd, forecast_cost_usd, weighted_forecast_revenue_usd, weighted_forecast_cost_usd, unpriced_hours, uncosted_hours
    from (
        



with

forecast as (
    select * from intermediate.int_revenue_forecast_monthly
),

projects as (
    select * from intermediate.int_projects
),

final as (
    select
        forecast.month_start,
        projects.project_type_name,
        forecast.revenue_treatment,
        bool_and(forecast.is_future_month) as is_future_month,
        count(*) as project_count,
        
            cast(sum(forecast.actual_hours) as numeric(16, 2)) as actual_hours,
        
            cast(sum(forecast.actual_revenue_usd) as numeric(16, 2)) as actual_revenue_usd,
        
            cast(sum(forecast.actual_cost_usd) as numeric(16, 2)) as actual_cost_usd,
        
            cast(sum(forecast.forecast_hours) as numeric(16, 2)) as forecast_hours,
        
            cast(sum(forecast.forecast_revenue_usd) as numeric(16, 2)) as forecast_revenue_usd,
        
            cast(sum(forecast.forecast_cost_usd) as numeric(16, 2)) as forecast_cost_usd,
        
            cast(sum(forecast.weighted_forecast_revenue_usd) as numeric(16, 2)) as weighted_forecast_revenue_usd,
        
            cast(sum(forecast.weighted_forecast_cost_usd) as numeric(16, 2)) as weighted_forecast_cost_usd,
        
            cast(sum(forecast.unpriced_hours) as numeric(16, 2)) as unpriced_hours,
        
            cast(sum(forecast.uncosted_hours) as numeric(16, 2)) as uncosted_hours
        
    from forecast
    inner join projects
        on forecast.project_id = projects.project_id
    group by 1, 2, 3
)

select * from final
order by 1, 2, 3
    ) as model_subq
  