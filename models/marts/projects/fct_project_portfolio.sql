{#
    The portfolio summed ahead of time: one row per project type and
    current status, counting every project of int_projects (live or
    soft-deleted) and summing the live ones: how many there are, the days
    they have spent in their current status, and the budget page's tiles.
    The pipeline page and the budget tiles sum a few dozen rows of this
    table instead of every project on every view (decision 36); their
    figures are int_project_status_versions' and int_project_budget_burn's
    own.
#}
{{ config(post_hook=["analyze {{ this }}"]) }}

with

projects as (
    select * from {{ ref('int_projects') }}
),

status_versions as (
    select * from {{ ref('int_project_status_versions') }}
),

budget_burn as (
    select * from {{ ref('int_project_budget_burn') }}
),

current_status as (
    select
        project_id,
        days_in_status
    from status_versions
    where is_current
),

live_projects as (
    select
        projects.project_type_name,
        projects.project_status_name,
        projects.workflow_order,
        current_status.project_id is not null as has_current_status,
        current_status.days_in_status,
        budget_burn.has_budget,
        budget_burn.projected_overrun_hours,
        budget_burn.revenue_at_risk_usd
    from projects
    left outer join current_status
        on projects.project_id = current_status.project_id
    left outer join budget_burn
        on projects.project_id = budget_burn.project_id
    where not projects.is_deleted
),

-- every type and status of a project, live or not, so the type filter
-- offers the types of dim_projects
groups as (
    select distinct
        project_type_name,
        project_status_name,
        workflow_order
    from projects
),

summed as (
    select
        project_type_name,
        project_status_name,
        count(*) as live_project_count,
        count(*) filter (where has_current_status) as status_project_count,
        sum(days_in_status) as days_in_current_status,
        count(*) filter (where has_budget) as budgeted_project_count,
        count(*) filter (where not has_budget) as unbudgeted_project_count,
        count(*) filter (
            where projected_overrun_hours > 0
        ) as over_budget_project_count,
        coalesce(sum(projected_overrun_hours), 0) as projected_overrun_hours,
        coalesce(sum(revenue_at_risk_usd), 0) as revenue_at_risk_usd
    from live_projects
    group by project_type_name, project_status_name
),

final as (
    select
        groups.project_type_name,
        groups.project_status_name,
        groups.workflow_order,
        cast(coalesce(summed.live_project_count, 0) as integer)
            as live_project_count,
        cast(coalesce(summed.status_project_count, 0) as integer)
            as status_project_count,
        cast(coalesce(summed.days_in_current_status, 0) as bigint)
            as days_in_current_status,
        cast(coalesce(summed.budgeted_project_count, 0) as integer)
            as budgeted_project_count,
        cast(coalesce(summed.unbudgeted_project_count, 0) as integer)
            as unbudgeted_project_count,
        cast(coalesce(summed.over_budget_project_count, 0) as integer)
            as over_budget_project_count,
        cast(coalesce(summed.projected_overrun_hours, 0) as numeric(14, 2))
            as projected_overrun_hours,
        cast(coalesce(summed.revenue_at_risk_usd, 0) as numeric(16, 2))
            as revenue_at_risk_usd
    from groups
    left outer join summed
        on
            groups.project_type_name = summed.project_type_name
            and groups.project_status_name = summed.project_status_name
)

select * from final
