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
{{ config(post_hook=["{{ analyze_relation(this) }}"]) }}

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

forecast as (
    select * from {{ ref('int_revenue_forecast_monthly') }}
),

-- each project's forecast after the as-of day (to the horizon), as the
-- pipeline's value: unweighted, and weighted by its status's probability
project_forecast as (
    select
        project_id,
        sum(forecast_revenue_usd) as forecast_revenue_usd,
        sum(weighted_forecast_revenue_usd) as weighted_forecast_revenue_usd
    from forecast
    group by project_id
),

current_status as (
    select
        project_id,
        days_in_status
    from status_versions
    where is_current
),

-- Every project, live or not, so that every type and status of
-- dim_projects has a row (the type filter lists them); the counts and
-- sums are over the live ones.
project_rows as (
    select
        projects.project_type_name,
        projects.project_status_name,
        projects.workflow_order,
        projects.is_open,
        not projects.is_deleted as is_live,
        current_status.project_id is not null as has_current_status,
        current_status.days_in_status,
        current_status.days_in_status is not null as has_known_start,
        budget_burn.has_budget,
        budget_burn.projected_overrun_hours,
        budget_burn.revenue_at_risk_usd,
        project_forecast.forecast_revenue_usd,
        project_forecast.weighted_forecast_revenue_usd
    from projects
    left outer join current_status
        on projects.project_id = current_status.project_id
    left outer join budget_burn
        on projects.project_id = budget_burn.project_id
    left outer join project_forecast
        on projects.project_id = project_forecast.project_id
),

final as (
    select
        project_type_name,
        project_status_name,
        workflow_order,
        is_open,
        cast(count(*) filter (where is_live) as integer) as live_project_count,
        cast(
            count(*) filter (where is_live and has_current_status) as integer
        ) as status_project_count,
        cast(
            count(*) filter (where is_live and has_known_start) as integer
        ) as known_status_project_count,
        cast(
            coalesce(sum(days_in_status) filter (where is_live), 0) as bigint
        ) as days_in_current_status,
        cast(
            count(*) filter (where is_live and has_budget) as integer
        ) as budgeted_project_count,
        cast(
            count(*) filter (where is_live and not has_budget) as integer
        ) as unbudgeted_project_count,
        cast(
            count(*) filter (where is_live and projected_overrun_hours > 0)
            as integer
        ) as over_budget_project_count,
        cast(
            coalesce(sum(projected_overrun_hours) filter (where is_live), 0)
            as numeric(14, 2)
        ) as projected_overrun_hours,
        cast(
            coalesce(sum(revenue_at_risk_usd) filter (where is_live), 0)
            as numeric(16, 2)
        ) as revenue_at_risk_usd,
        cast(
            coalesce(sum(forecast_revenue_usd) filter (where is_live), 0)
            as numeric(16, 2)
        ) as forecast_revenue_usd,
        cast(
            coalesce(
                sum(weighted_forecast_revenue_usd) filter (where is_live), 0
            )
            as numeric(16, 2)
        ) as weighted_forecast_revenue_usd
    from project_rows
    group by project_type_name, project_status_name, workflow_order, is_open
)

select * from final
