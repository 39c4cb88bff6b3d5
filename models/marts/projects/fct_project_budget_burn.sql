{{ config(materialized='table') }}

-- Budget burn by project (issue 17): every project, with or without a
-- budget. Worked hours to the as-of day and the kept plan after it (the
-- hours of the revenue forecast) against the budget; the overrun and its
-- money are the sums of fct_project_budget_burn_monthly; the day the
-- budget runs out is found day by day.

with

projects as (
    select * from {{ ref('int_projects') }}
),

burn_months as (
    select * from {{ ref('fct_project_budget_burn_monthly') }}
),

actuals as (
    select * from {{ ref('int_actuals_priced') }}
),

kept_plan_days as (
    select * from {{ ref('int_kept_plan_days') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

project_day_hours as (
    select
        project_id,
        worked_on as calendar_on,
        hours
    from actuals
    union all
    select
        project_id,
        planned_on as calendar_on,
        planned_hours as hours
    from kept_plan_days
),

project_days as (
    select
        project_id,
        calendar_on,
        sum(hours) as hours
    from project_day_hours
    group by project_id, calendar_on
),

running_days as (
    select
        project_days.project_id,
        project_days.calendar_on,
        sum(project_days.hours) over (
            partition by project_days.project_id
            order by project_days.calendar_on
            rows between unbounded preceding and current row
        ) as cumulative_hours
    from project_days
),

-- the first day the hours so far reach the budget, if the plan holds (a
-- budget of 0 runs out on the first hour)
exhaustion as (
    select
        running_days.project_id,
        min(running_days.calendar_on) as budget_exhausted_on
    from running_days
    inner join projects
        on running_days.project_id = projects.project_id
    where
        running_days.cumulative_hours >= projects.budget_hours
        and running_days.cumulative_hours > 0
    group by running_days.project_id
),

totals as (
    select
        project_id,
        sum(actual_hours) as worked_hours,
        sum(planned_hours) as planned_hours,
        sum(overrun_hours) as projected_overrun_hours,
        sum(overrun_cost_usd) as projected_overrun_cost_usd,
        sum(overrun_uncosted_hours) as overrun_uncosted_hours,
        sum(revenue_at_risk_usd) as revenue_at_risk_usd,
        sum(overrun_unpriced_hours) as overrun_unpriced_hours
    from burn_months
    group by project_id
),

final as (
    select
        projects.project_id,
        projects.revenue_treatment,
        projects.budget_hours is not null as has_budget,
        cast(projects.budget_hours as numeric(12, 2)) as budget_hours,
        cast(coalesce(totals.worked_hours, 0) as numeric(12, 2))
            as worked_hours,
        cast(coalesce(totals.planned_hours, 0) as numeric(12, 2))
            as planned_hours,
        cast(
            coalesce(totals.worked_hours, 0) + coalesce(totals.planned_hours, 0)
            as numeric(12, 2)
        ) as projected_total_hours,
        {{ safe_ratio(
            'coalesce(totals.worked_hours, 0)', 'projects.budget_hours'
        ) }} as burn_to_date_ratio,
        {{ safe_ratio(
            'coalesce(totals.worked_hours, 0) + coalesce(totals.planned_hours, 0)',
            'projects.budget_hours',
        ) }} as projected_burn_ratio,
        cast(
            case
                when projects.budget_hours is not null
                    then coalesce(totals.projected_overrun_hours, 0)
            end
            as numeric(12, 2)
        ) as projected_overrun_hours,
        cast(
            case
                when projects.budget_hours is not null
                    then coalesce(totals.projected_overrun_cost_usd, 0)
            end
            as numeric(14, 2)
        ) as projected_overrun_cost_usd,
        cast(
            case
                when projects.budget_hours is not null
                    then coalesce(totals.overrun_uncosted_hours, 0)
            end
            as numeric(14, 2)
        ) as overrun_uncosted_hours,
        cast(
            case
                when projects.budget_hours is not null
                    then coalesce(totals.revenue_at_risk_usd, 0)
            end
            as numeric(14, 2)
        ) as revenue_at_risk_usd,
        cast(
            case
                when projects.budget_hours is not null
                    then coalesce(totals.overrun_unpriced_hours, 0)
            end
            as numeric(14, 2)
        ) as overrun_unpriced_hours,
        exhaustion.budget_exhausted_on,
        calendar.week_start as budget_exhausted_week,
        coalesce(
            exhaustion.budget_exhausted_on <= {{ as_of_date() }}, false
        ) as is_budget_exhausted
    from projects
    left outer join totals
        on projects.project_id = totals.project_id
    left outer join exhaustion
        on projects.project_id = exhaustion.project_id
    left outer join calendar
        on exhaustion.budget_exhausted_on = calendar.calendar_on
)

select * from final
