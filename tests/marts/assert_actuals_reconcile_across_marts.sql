{#
    Reconciliation of hours: the live, valid staged actuals, fct_actuals,
    the daily member grain, the weekly and monthly marts and the monthly
    project forecast (its actual part) all hold the same hours and, where
    they carry them, the same billable hours. Returns the layers that
    disagree with staging.
#}
with

staged as (
    select
        sum(actuals.hours) as hours,
        sum(
            case when project_types.is_billable then actuals.hours else 0 end
        ) as billable_hours
    from {{ ref('stg_app__actuals') }} as actuals
    inner join {{ ref('stg_app__projects') }} as projects
        on actuals.project_id = projects.project_id
    inner join {{ ref('project_types') }} as project_types
        on projects.project_type_id = project_types.project_type_id
    where not actuals.is_deleted
),

layers as (
    select
        'fct_actuals' as layer,
        sum(hours) as hours,
        sum(case when is_billable then hours else 0 end) as billable_hours
    from {{ ref('fct_actuals') }}
    union all
    select
        'int_member_days' as layer,
        sum(actual_hours) as hours,
        sum(billable_hours) as billable_hours
    from {{ ref('int_member_days') }}
    union all
    select
        'fct_member_capacity_weekly' as layer,
        sum(actual_hours) as hours,
        sum(billable_hours) as billable_hours
    from {{ ref('fct_member_capacity_weekly') }}
    union all
    select
        'fct_member_utilization_monthly' as layer,
        sum(actual_hours) as hours,
        sum(billable_hours) as billable_hours
    from {{ ref('fct_member_utilization_monthly') }}
    union all
    select
        'fct_revenue_forecast_monthly' as layer,
        sum(actual_hours) as hours,
        null as billable_hours
    from {{ ref('fct_revenue_forecast_monthly') }}
),

final as (
    select
        layers.layer,
        layers.hours,
        staged.hours as staged_hours,
        layers.billable_hours,
        staged.billable_hours as staged_billable_hours
    from layers
    cross join staged
    where
        coalesce(layers.hours, 0) != coalesce(staged.hours, 0)
        or coalesce(layers.billable_hours, staged.billable_hours)
        != staged.billable_hours
)

select * from final
