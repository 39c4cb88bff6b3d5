{#
    The mart as analysts and the dashboard read it: int_project_budget_burn,
    with the project's code, name, client, type, status and deletion from
    int_projects, so the budget page lists its projects from this table
    alone, one page at a time through an index in the listing's order
    (most projected overrun first, then the projected burn, then the code),
    whatever the number of projects (decision 36).
#}
{{
    config(
        indexes=[
            {'columns': [
                'is_deleted', 'has_budget',
                'projected_overrun_hours desc nulls last',
                'projected_burn_ratio desc nulls last', 'project_code',
            ]},
        ],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

budget_burn as (
    select * from {{ ref('int_project_budget_burn') }}
),

projects as (
    select * from {{ ref('int_projects') }}
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
        budget_burn.margin_erosion_usd,
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
