-- The project terms of int_projects, for the dashboard and analysts.

with

projects as (
    select * from {{ ref('int_projects') }}
),

final as (
    select
        project_id,
        project_code,
        project_name,
        client_name,
        is_internal_client,
        project_type_id,
        project_type_name,
        revenue_treatment,
        is_billable,
        project_status_id,
        project_status_name,
        workflow_order,
        forecast_probability,
        is_contracted,
        is_open,
        starts_on,
        ends_on,
        currency,
        hourly_rate,
        monthly_fee,
        fixed_fee,
        budget_hours,
        is_deleted,
        created_at,
        updated_at
    from projects
)

select * from final
