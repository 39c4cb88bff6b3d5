
  
    
        create or replace table marts.fct_project_budget_burn
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select project_id, project_code, project_name, client_name, project_type_name, project_status_name, is_deleted, revenue_treatment, has_budget, budget_hours, worked_hours, planned_hours, projected_total_hours, burn_to_date_ratio, projected_burn_ratio, projected_overrun_hours, projected_overrun_cost_usd, overrun_uncosted_hours, revenue_at_risk_usd, overrun_unpriced_hours, budget_exhausted_on, budget_exhausted_week, is_budget_exhausted
    from (
        


with

budget_burn as (
    select * from intermediate.int_project_budget_burn
),

projects as (
    select * from intermediate.int_projects
),

final as (
    select
        budget_burn.project_id,
        projects.project_code,
        projects.project_name,
        projects.client_name,
        projects.project_type_name,
        projects.project_status_name,
        projects.is_deleted,
        budget_burn.revenue_treatment,
        budget_burn.has_budget,
        budget_burn.budget_hours,
        budget_burn.worked_hours,
        budget_burn.planned_hours,
        budget_burn.projected_total_hours,
        budget_burn.burn_to_date_ratio,
        budget_burn.projected_burn_ratio,
        budget_burn.projected_overrun_hours,
        budget_burn.projected_overrun_cost_usd,
        budget_burn.overrun_uncosted_hours,
        budget_burn.revenue_at_risk_usd,
        budget_burn.overrun_unpriced_hours,
        budget_burn.budget_exhausted_on,
        budget_burn.budget_exhausted_week,
        budget_burn.is_budget_exhausted
    from budget_burn
    inner join projects
        on budget_burn.project_id = projects.project_id
)

select * from final
    ) as model_subq
  