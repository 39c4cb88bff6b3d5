


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