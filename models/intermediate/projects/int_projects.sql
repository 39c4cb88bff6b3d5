-- The project terms every model that prices, plans or reports a project
-- reads: type and revenue treatment, current status with its forecast
-- probability, dates, currency and rates (dim_projects is their mart),
-- and when the warehouse first saw this version (staged_at).

with

projects as (
    select * from {{ ref('stg_app__projects') }}
),

project_types as (
    select * from {{ ref('project_types') }}
),

project_statuses as (
    select * from {{ ref('project_statuses') }}
),

terms as (
    select
        projects.project_id,
        projects.project_code,
        projects.project_name,
        projects.client_name,
        projects.client_name is null as is_internal_client,
        projects.project_type_id,
        project_types.project_type_name,
        project_types.revenue_treatment,
        project_types.is_billable,
        project_types.is_chargeable,
        projects.project_status_id,
        project_statuses.project_status_name,
        project_statuses.workflow_order,
        project_statuses.forecast_probability,
        project_statuses.is_contracted,
        project_statuses.is_open,
        project_statuses.plan_certainty,
        projects.starts_on,
        projects.ends_on,
        projects.currency,
        projects.hourly_rate,
        projects.monthly_fee,
        projects.fixed_fee,
        projects.is_fixed_fee_missing,
        projects.budget_hours,
        projects.is_deleted,
        projects.created_at,
        projects.updated_at
    from projects
    inner join project_types
        on projects.project_type_id = project_types.project_type_id
    inner join project_statuses
        on projects.project_status_id = project_statuses.project_status_id
),

-- staged_at: when the warehouse first saw this version of the project
-- (decision 33); the incremental models re-read a project stamped since
-- their last build.
final as (
    {{ stamp_staged_versions('terms', 'project_id', [
        'project_code', 'project_name', 'client_name', 'project_type_id',
        'project_type_name', 'revenue_treatment', 'is_billable',
        'is_chargeable', 'project_status_id', 'project_status_name', 'workflow_order',
        'forecast_probability', 'is_contracted', 'is_open', 'plan_certainty',
        'starts_on',
        'ends_on', 'currency', 'hourly_rate', 'monthly_fee', 'fixed_fee',
        'is_fixed_fee_missing', 'budget_hours',
        'is_deleted', 'created_at', 'updated_at',
    ]) }}
)

select * from final
