
  
    
        create or replace table marts.fct_project_budget_burn_monthly
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select project_id, month_start, budget_hours, actual_hours, planned_hours, cumulative_hours, cumulative_burn_ratio, overrun_hours, overrun_cost_usd, overrun_uncosted_hours, revenue_at_risk_usd, overrun_unpriced_hours
    from (
        


with

source_rows as (
    select * from intermediate.int_project_budget_burn_monthly
),

final as (
    select
        project_id,
        month_start,
        budget_hours,
        actual_hours,
        planned_hours,
        cumulative_hours,
        cumulative_burn_ratio,
        overrun_hours,
        overrun_cost_usd,
        overrun_uncosted_hours,
        revenue_at_risk_usd,
        overrun_unpriced_hours
    from source_rows
)

select * from final
    ) as model_subq
  