-- Budget burn by project (issue 17): every project, with or without a
-- budget; the table behind the mart fct_project_budget_burn, read also by
-- fct_project_portfolio (no mart reads another: decision 33). Worked
-- hours to the as-of day and the kept plan after it (the hours of the
-- revenue forecast) against the budget; the overrun and its money are the
-- sums of int_project_budget_burn_monthly; the day the budget runs out is
-- found day by day in the month it runs out.

with

projects as (
    select * from {{ ref('int_projects') }}
),

burn_months as (
    select * from {{ ref('int_project_budget_burn_monthly') }}
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

-- The budget runs out in the first month whose running total (worked to
-- the as-of day, the kept plan after it: the months of
-- int_project_budget_burn_monthly) reaches it; only that month's days are
-- read to find the day (a budget of 0 runs out on the first hour).
running_months as (
    select
        project_id,
        month_start,
        actual_hours + planned_hours as hours,
        sum(actual_hours + planned_hours) over (
            partition by project_id
            order by month_start
            rows between unbounded preceding and current row
        ) as cumulative_hours
    from burn_months
),

-- the first such month of each project
exhaustion_candidates as (
    select
        running_months.project_id,
        running_months.month_start,
        projects.budget_hours,
        running_months.cumulative_hours - running_months.hours
            as hours_before_month,
        row_number() over (
            partition by running_months.project_id
            order by running_months.month_start
        ) as month_rank
    from running_months
    inner join projects
        on running_months.project_id = projects.project_id
    where
        running_months.cumulative_hours >= projects.budget_hours
        and running_months.cumulative_hours > 0
),

exhaustion_months as (
    select
        project_id,
        month_start,
        budget_hours,
        hours_before_month
    from exhaustion_candidates
    where month_rank = 1
),

-- The month's actuals and kept plan, read per project and month
-- (join_rows_of_month: on PostgreSQL through the (project_id, day)
-- indexes).
month_day_hours as (
    select
        exhaustion_months.project_id,
        month_actuals.worked_on as calendar_on,
        month_actuals.hours
    from exhaustion_months
    {{ join_rows_of_month(
        'exhaustion_months', 'actuals', 'month_actuals',
        ['worked_on', 'hours'], 'project_id', 'worked_on'
    ) }}
    union all
    select
        exhaustion_months.project_id,
        month_plan.planned_on as calendar_on,
        month_plan.planned_hours as hours
    from exhaustion_months
    {{ join_rows_of_month(
        'exhaustion_months', 'kept_plan_days', 'month_plan',
        ['planned_on', 'planned_hours'], 'project_id', 'planned_on'
    ) }}
),

month_days as (
    select
        project_id,
        calendar_on,
        sum(hours) as hours
    from month_day_hours
    group by project_id, calendar_on
),

running_days as (
    select
        month_days.project_id,
        month_days.calendar_on,
        exhaustion_months.budget_hours,
        exhaustion_months.hours_before_month + sum(month_days.hours) over (
            partition by month_days.project_id
            order by month_days.calendar_on
            rows between unbounded preceding and current row
        ) as cumulative_hours
    from month_days
    inner join exhaustion_months
        on month_days.project_id = exhaustion_months.project_id
),

exhaustion as (
    select
        project_id,
        min(calendar_on) as budget_exhausted_on
    from running_days
    where
        cumulative_hours >= budget_hours
        and cumulative_hours > 0
    group by project_id
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
        -- a fixed price: the overrun's cost comes off the margin
        cast(
            case
                when
                    projects.revenue_treatment = 'fixed_fee'
                    and projects.budget_hours is not null
                    then coalesce(totals.projected_overrun_cost_usd, 0)
            end
            as numeric(14, 2)
        ) as margin_erosion_usd,
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
