
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `project_id`,`has_budget`,`worked_hours`,`planned_hours`,`projected_total_hours`,`burn_to_date_ratio`,`projected_burn_ratio`,`projected_overrun_hours`,`revenue_at_risk_usd`,`budget_exhausted_on`,`budget_exhausted_week`,`is_budget_exhausted`, 'actual' as `actual_or_expected`
  from (
    -- Budget burn by project (issue 17): every project, with or without a
-- budget; the table behind the mart fct_project_budget_burn, read also by
-- fct_project_portfolio (no mart reads another: decision 33). Worked
-- hours to the as-of day and the kept plan after it (the hours of the
-- revenue forecast) against the budget; the overrun and its money are the
-- sums of int_project_budget_burn_monthly; the day the budget runs out is
-- found day by day in the month it runs out.

with

 __dbt__cte__int_projects as (

-- Fixture for int_projects
select cast(1 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(22 as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(10 as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(3 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as string) as `currency`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2))
 as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_project_budget_burn_monthly as (

-- Fixture for int_project_budget_burn_monthly
select cast(1 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as decimal(12,2)) as `budget_hours`, cast(16 as decimal(12,2))
 as `actual_hours`, cast(10 as decimal(12,2))
 as `planned_hours`, cast(null as decimal(14,2)) as `cumulative_hours`, cast(null as decimal(10,4)) as `cumulative_burn_ratio`, cast(4 as decimal(12,2))
 as `overrun_hours`, cast(200 as decimal(14,2))
 as `overrun_cost_usd`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`, cast(400 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as decimal(12,2)) as `budget_hours`, cast(12 as decimal(12,2))
 as `actual_hours`, cast(0 as decimal(12,2))
 as `planned_hours`, cast(null as decimal(14,2)) as `cumulative_hours`, cast(null as decimal(10,4)) as `cumulative_burn_ratio`, cast(2 as decimal(12,2))
 as `overrun_hours`, cast(50 as decimal(14,2))
 as `overrun_cost_usd`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`, cast(240 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`
union all
select cast(3 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as decimal(12,2)) as `budget_hours`, cast(5 as decimal(12,2))
 as `actual_hours`, cast(0 as decimal(12,2))
 as `planned_hours`, cast(null as decimal(14,2)) as `cumulative_hours`, cast(null as decimal(10,4)) as `cumulative_burn_ratio`, cast(null as decimal(12,2))
 as `overrun_hours`, cast(null as decimal(14,2))
 as `overrun_cost_usd`, cast(null as decimal(14,2))
 as `overrun_uncosted_hours`, cast(null as decimal(14,2))
 as `revenue_at_risk_usd`, cast(null as decimal(14,2))
 as `overrun_unpriced_hours`
),  __dbt__cte__int_actuals_priced as (

-- Fixture for int_actuals_priced
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-11-16' as date)
 as `worked_on`, cast(8 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-11-17' as date)
 as `worked_on`, cast(8 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(2 as bigint)
 as `project_id`, cast('2026-11-02' as date)
 as `worked_on`, cast(12 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(3 as bigint)
 as `project_id`, cast('2026-11-16' as date)
 as `worked_on`, cast(5 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_kept_plan_days as (

-- Fixture for int_kept_plan_days
select cast(1 as bigint)
 as `project_id`, cast(7 as bigint)
 as `team_member_id`, cast('2026-11-20' as date)
 as `planned_on`, cast(2 as decimal(8,2))
 as `planned_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast(7 as bigint)
 as `team_member_id`, cast('2026-11-23' as date)
 as `planned_on`, cast(8 as decimal(8,2))
 as `planned_hours`
),  __dbt__cte__int_calendar_days as (

-- Fixture for int_calendar_days
select cast('2026-11-02' as date)
 as `calendar_on`, cast('2026-11-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-11-20' as date)
 as `calendar_on`, cast('2026-11-16' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-11-23' as date)
 as `calendar_on`, cast('2026-11-23' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
), projects as (
    select * from __dbt__cte__int_projects
),

burn_months as (
    select * from __dbt__cte__int_project_budget_burn_monthly
),

actuals as (
    select * from __dbt__cte__int_actuals_priced
),

kept_plan_days as (
    select * from __dbt__cte__int_kept_plan_days
),

calendar as (
    select * from __dbt__cte__int_calendar_days
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
    inner join actuals as month_actuals
        on
            month_actuals.project_id = exhaustion_months.project_id
            and month_actuals.worked_on >= exhaustion_months.month_start
            and month_actuals.worked_on
            < to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(exhaustion_months.month_start), nvl2(date(exhaustion_months.month_start), assert_true(date(exhaustion_months.month_start) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(exhaustion_months.month_start), nvl2(to_timestamp(exhaustion_months.month_start), assert_true(to_timestamp(exhaustion_months.month_start) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(exhaustion_months.month_start), nvl2(date(exhaustion_months.month_start), assert_true(date(exhaustion_months.month_start) is not null), null))

)
        )
    union all
    select
        exhaustion_months.project_id,
        month_plan.planned_on as calendar_on,
        month_plan.planned_hours as hours
    from exhaustion_months
    inner join kept_plan_days as month_plan
        on
            month_plan.project_id = exhaustion_months.project_id
            and month_plan.planned_on >= exhaustion_months.month_start
            and month_plan.planned_on
            < to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(exhaustion_months.month_start), nvl2(date(exhaustion_months.month_start), assert_true(date(exhaustion_months.month_start) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(exhaustion_months.month_start), nvl2(to_timestamp(exhaustion_months.month_start), assert_true(to_timestamp(exhaustion_months.month_start) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(exhaustion_months.month_start), nvl2(date(exhaustion_months.month_start), assert_true(date(exhaustion_months.month_start) is not null), null))

)
        )
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
        cast(
        round((coalesce(totals.worked_hours, 0)) / nullif((projects.budget_hours), 0), 4)
        as numeric(10, 4)
    ) as burn_to_date_ratio,
        cast(
        round((coalesce(totals.worked_hours, 0) + coalesce(totals.planned_hours, 0)) / nullif((projects.budget_hours), 0), 4)
        as numeric(10, 4)
    ) as projected_burn_ratio,
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
            exhaustion.budget_exhausted_on <= cast('2026-11-18' as date), false
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
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `project_id`, `has_budget`, `worked_hours`, `planned_hours`, `projected_total_hours`, `burn_to_date_ratio`, `projected_burn_ratio`, `projected_overrun_hours`, `revenue_at_risk_usd`, `budget_exhausted_on`, `budget_exhausted_week`, `is_budget_exhausted`, 'expected' as `actual_or_expected`
  from (
    select cast(1 as bigint)
 as `project_id`, cast(True as boolean)
 as `has_budget`, cast(16 as decimal(12,2))
 as `worked_hours`, cast(10 as decimal(12,2))
 as `planned_hours`, cast(26 as decimal(12,2))
 as `projected_total_hours`, cast(0.7273 as decimal(10,4))
 as `burn_to_date_ratio`, cast(1.1818 as decimal(10,4))
 as `projected_burn_ratio`, cast(4.0 as decimal(12,2))
 as `projected_overrun_hours`, cast(400.0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast('2026-11-23' as date)
 as `budget_exhausted_on`, cast('2026-11-23' as date)
 as `budget_exhausted_week`, cast(False as boolean)
 as `is_budget_exhausted`
union all
select cast(2 as bigint)
 as `project_id`, cast(True as boolean)
 as `has_budget`, cast(12 as decimal(12,2))
 as `worked_hours`, cast(0 as decimal(12,2))
 as `planned_hours`, cast(12 as decimal(12,2))
 as `projected_total_hours`, cast(1.2 as decimal(10,4))
 as `burn_to_date_ratio`, cast(1.2 as decimal(10,4))
 as `projected_burn_ratio`, cast(2.0 as decimal(12,2))
 as `projected_overrun_hours`, cast(240.0 as decimal(14,2))
 as `revenue_at_risk_usd`, cast('2026-11-02' as date)
 as `budget_exhausted_on`, cast('2026-11-02' as date)
 as `budget_exhausted_week`, cast(True as boolean)
 as `is_budget_exhausted`
union all
select cast(3 as bigint)
 as `project_id`, cast(False as boolean)
 as `has_budget`, cast(5 as decimal(12,2))
 as `worked_hours`, cast(0 as decimal(12,2))
 as `planned_hours`, cast(5 as decimal(12,2))
 as `projected_total_hours`, cast(null as decimal(10,4))
 as `burn_to_date_ratio`, cast(null as decimal(10,4))
 as `projected_burn_ratio`, cast(null as decimal(12,2))
 as `projected_overrun_hours`, cast(null as decimal(14,2))
 as `revenue_at_risk_usd`, cast(null as date)
 as `budget_exhausted_on`, cast(null as date)
 as `budget_exhausted_week`, cast(False as boolean)
 as `is_budget_exhausted`
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected