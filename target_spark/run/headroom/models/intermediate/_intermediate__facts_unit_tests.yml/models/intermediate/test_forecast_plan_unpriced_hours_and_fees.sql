
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `project_id`,`month_start`,`is_future_month`,`actual_hours`,`actual_revenue_usd`,`actual_cost_usd`,`forecast_hours`,`forecast_revenue_usd`,`forecast_cost_usd`,`weighted_forecast_revenue_usd`,`weighted_forecast_cost_usd`,`unpriced_hours`,`uncosted_hours`, 'actual' as `actual_or_expected`
  from (
    

-- Incremental by project and month (decisions 21 and 33): the pre-hook
-- deletes the rows of the months int_changed_project_months lists;
-- actuals, plans and fees are then read for those months only.

with

 __dbt__cte__int_actuals_priced as (

-- Fixture for int_actuals_priced
select cast(1 as bigint)
 as `actual_id`, cast(7 as bigint)
 as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-03-16' as date)
 as `worked_on`, cast(5 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(500 as decimal(14,2))
 as `revenue_usd`, cast(200 as decimal(14,2))
 as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `actual_id`, cast(7 as bigint)
 as `team_member_id`, cast(4 as bigint)
 as `project_id`, cast('2026-03-16' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(180 as decimal(14,2))
 as `revenue_usd`, cast(80 as decimal(14,2))
 as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(3 as bigint)
 as `actual_id`, cast(8 as bigint)
 as `team_member_id`, cast(4 as bigint)
 as `project_id`, cast('2026-03-16' as date)
 as `worked_on`, cast(3 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2))
 as `revenue_usd`, cast(null as decimal(14,2))
 as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(4 as bigint)
 as `actual_id`, cast(7 as bigint)
 as `team_member_id`, cast(5 as bigint)
 as `project_id`, cast('2026-03-10' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(200 as decimal(14,2))
 as `revenue_usd`, cast(80 as decimal(14,2))
 as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_changed_project_months as (
select cast(null as bigint) as project_id, cast(null as date) as month_start where false
),  __dbt__cte__int_kept_plan_days as (

-- Fixture for int_kept_plan_days
select cast(1 as bigint)
 as `project_id`, cast(7 as bigint)
 as `team_member_id`, cast('2026-03-19' as date)
 as `planned_on`, cast(4 as decimal(8,2))
 as `planned_hours`
union all
select cast(4 as bigint)
 as `project_id`, cast(8 as bigint)
 as `team_member_id`, cast('2026-03-20' as date)
 as `planned_on`, cast(6 as decimal(8,2))
 as `planned_hours`
),  __dbt__cte__int_support_fee_months as (

-- Fixture for int_support_fee_months
select cast(2 as bigint)
 as `project_id`, cast('2026-01-01' as date)
 as `month_start`, cast(null as int) as `month_end_status_id`, cast('earned' as string)
 as `fee_status`, cast(null as decimal(14,2)) as `monthly_fee_usd`, cast(1000 as decimal(14,2))
 as `earned_fee_usd`, cast(0 as decimal(14,2))
 as `forecast_fee_usd`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-02-01' as date)
 as `month_start`, cast(null as int) as `month_end_status_id`, cast('not_earned' as string)
 as `fee_status`, cast(null as decimal(14,2)) as `monthly_fee_usd`, cast(0 as decimal(14,2))
 as `earned_fee_usd`, cast(0 as decimal(14,2))
 as `forecast_fee_usd`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-03-01' as date)
 as `month_start`, cast(null as int) as `month_end_status_id`, cast('forecast' as string)
 as `fee_status`, cast(null as decimal(14,2)) as `monthly_fee_usd`, cast(0 as decimal(14,2))
 as `earned_fee_usd`, cast(1000 as decimal(14,2))
 as `forecast_fee_usd`
),  __dbt__cte__int_team_member_versions as (

-- Fixture for int_team_member_versions
select cast(7 as bigint)
 as `team_member_id`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(40 as decimal(10,2))
 as `cost_rate_usd`, cast(90 as decimal(10,2))
 as `bill_rate_usd`, cast('1900-01-01' as date)
 as `valid_from_on`, cast('9999-12-31' as date)
 as `valid_to_on`, cast(null as boolean) as `is_current_version`
),  __dbt__cte__int_projects as (

-- Fixture for int_projects
select cast(1 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(0.25 as decimal(3,2))
 as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('USD' as string)
 as `currency`, cast(100 as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('retainer' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(0.5 as decimal(3,2))
 as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('USD' as string)
 as `currency`, cast(null as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(4 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(1.0 as decimal(3,2))
 as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('USD' as string)
 as `currency`, cast(null as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(5 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(0.0 as decimal(3,2))
 as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('USD' as string)
 as `currency`, cast(100 as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_fx_rates_monthly as (

-- Fixture for int_fx_rates_monthly
select cast('2026-03-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
), actuals as (
    select actuals.*
    from __dbt__cte__int_actuals_priced as actuals
),

-- the plan after the as-of day that will be worked (time off and dead
-- projects taken out)
kept_plan_days as (
    select kept_plan_days.*
    from __dbt__cte__int_kept_plan_days as kept_plan_days
),

support_fee_months as (
    select support_fee_months.*
    from __dbt__cte__int_support_fee_months as support_fee_months
    
),

member_versions as (
    select * from __dbt__cte__int_team_member_versions
),

projects as (
    select * from __dbt__cte__int_projects
),

fx_rates as (
    select * from __dbt__cte__int_fx_rates_monthly
),

-- The months the forecast covers: from the first month anything was
-- worked or a support fee was due (of all projects, not only those in
-- scope) to the 12th month after the as-of month.
bounds as (
    select
        forecast_window.window_start_on as first_month,
        cast(date_trunc('month', cast('2026-03-18' as date)) as date) as as_of_month,
        forecast_window.window_end_on as horizon_end
    from (
        select
            cast(date_trunc('month', least(
                (select min(worked_on) from __dbt__cte__int_actuals_priced),
                (
                    select min(month_start)
                    from __dbt__cte__int_support_fee_months
                ),
                cast('2026-03-18' as date)
            )) as date) as window_start_on,
            cast(
        to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )) is not null), null))

,
                    cast(-1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )), nvl2(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )), assert_true(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-18' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        )
        as date
    ) as window_end_on) as forecast_window
),

project_terms as (
    select
        project_id,
        currency,
        hourly_rate,
        revenue_treatment,
        forecast_probability
    from projects
),

-- Up to the as-of day: what was worked, at the rates of the day. Hours
-- whose revenue or cost is unknown stay hours and are counted apart.
worked as (
    select
        project_id,
        cast(date_trunc('month', worked_on) as date) as month_start,
        sum(hours) as actual_hours,
        sum(revenue_usd) as actual_revenue_usd,
        sum(cost_usd) as actual_cost_usd,
        coalesce(
        sum(hours) filter (
            where revenue_treatment = 'time_and_materials'
            and revenue_usd is null
        ),
        0
    ) as unpriced_hours,
    coalesce(sum(hours) filter (where cost_usd is null), 0)
        as uncosted_hours
    from actuals
    group by project_id, month_start
),

-- After the as-of day, to the horizon: the kept plan, at the member's
-- rates of the day and the FX rate known on the as-of day.
plan_days as (
    select
        kept_plan_days.project_id,
        cast(date_trunc('month', kept_plan_days.planned_on) as date) as month_start,
        project_terms.revenue_treatment,
        kept_plan_days.planned_hours,
        case
        when project_terms.revenue_treatment = 'time_and_materials'
            then kept_plan_days.planned_hours * coalesce(
                project_terms.hourly_rate * fx_rates.usd_per_unit,
                member_versions.bill_rate_usd
            )
        else 0
    end as revenue_usd,
        kept_plan_days.planned_hours * member_versions.cost_rate_usd
            as cost_usd
    from kept_plan_days
    inner join project_terms
        on kept_plan_days.project_id = project_terms.project_id
    left outer join member_versions
        on
            kept_plan_days.team_member_id = member_versions.team_member_id
            and kept_plan_days.planned_on >= member_versions.valid_from_on
            and kept_plan_days.planned_on < member_versions.valid_to_on
    left outer join fx_rates
        on
            project_terms.currency = fx_rates.currency
            and cast(date_trunc('month', kept_plan_days.planned_on) as date)
            = fx_rates.month_start
),

planned as (
    select
        project_id,
        month_start,
        sum(planned_hours) as forecast_hours,
        sum(revenue_usd) as forecast_revenue_usd,
        sum(cost_usd) as forecast_cost_usd,
        coalesce(
        sum(planned_hours) filter (
            where revenue_treatment = 'time_and_materials'
            and revenue_usd is null
        ),
        0
    ) as unpriced_hours,
    coalesce(sum(planned_hours) filter (where cost_usd is null), 0)
        as uncosted_hours
    from plan_days
    group by project_id, month_start
),

-- Support contracts: the fee of every month their dates overlap, earned
-- or forecast as the status history says (int_support_fee_months).
fees as (
    select
        support_fee_months.project_id,
        support_fee_months.month_start,
        support_fee_months.earned_fee_usd,
        support_fee_months.forecast_fee_usd
    from support_fee_months
    cross join bounds
    where
        support_fee_months.fee_status <> 'not_earned'
        and support_fee_months.month_start
        between bounds.first_month and bounds.horizon_end
),

amounts as (
    select
        project_id,
        month_start,
        actual_hours,
        actual_revenue_usd,
        actual_cost_usd,
        0 as forecast_hours,
        0 as forecast_revenue_usd,
        0 as forecast_cost_usd,
        unpriced_hours,
        uncosted_hours
    from worked
    union all
    select
        project_id,
        month_start,
        0 as actual_hours,
        0 as actual_revenue_usd,
        0 as actual_cost_usd,
        forecast_hours,
        forecast_revenue_usd,
        forecast_cost_usd,
        unpriced_hours,
        uncosted_hours
    from planned
    union all
    select
        project_id,
        month_start,
        0 as actual_hours,
        earned_fee_usd as actual_revenue_usd,
        0 as actual_cost_usd,
        0 as forecast_hours,
        forecast_fee_usd as forecast_revenue_usd,
        0 as forecast_cost_usd,
        0 as unpriced_hours,
        0 as uncosted_hours
    from fees
),

-- Sums of the known amounts (sum() skips the unknown ones, which the
-- unpriced and uncosted hours count).
project_months as (
    select
        project_id,
        month_start,
        coalesce(sum(actual_hours), 0) as actual_hours,
        coalesce(sum(actual_revenue_usd), 0) as actual_revenue_usd,
        coalesce(sum(actual_cost_usd), 0) as actual_cost_usd,
        coalesce(sum(forecast_hours), 0) as forecast_hours,
        coalesce(sum(forecast_revenue_usd), 0) as forecast_revenue_usd,
        coalesce(sum(forecast_cost_usd), 0) as forecast_cost_usd,
        sum(unpriced_hours) as unpriced_hours,
        sum(uncosted_hours) as uncosted_hours
    from amounts
    group by project_id, month_start
),

final as (
    select
        project_months.project_id,
        project_months.month_start,
        project_terms.revenue_treatment,
        project_terms.forecast_probability,
        project_months.month_start > bounds.as_of_month as is_future_month,
        cast(project_months.actual_hours as numeric(12, 2)) as actual_hours,
        cast(project_months.actual_revenue_usd as numeric(14, 2))
            as actual_revenue_usd,
        cast(project_months.actual_cost_usd as numeric(14, 2))
            as actual_cost_usd,
        cast(project_months.forecast_hours as numeric(12, 2)) as forecast_hours,
        cast(project_months.forecast_revenue_usd as numeric(14, 2))
            as forecast_revenue_usd,
        cast(project_months.forecast_cost_usd as numeric(14, 2))
            as forecast_cost_usd,
        cast(
            project_months.forecast_revenue_usd
            * project_terms.forecast_probability as numeric(14, 2)
        ) as weighted_forecast_revenue_usd,
        cast(
            project_months.forecast_cost_usd
            * project_terms.forecast_probability as numeric(14, 2)
        ) as weighted_forecast_cost_usd,
        cast(project_months.unpriced_hours as numeric(12, 2))
            as unpriced_hours,
        cast(project_months.uncosted_hours as numeric(12, 2))
            as uncosted_hours
    from project_months
    cross join bounds
    inner join project_terms
        on project_months.project_id = project_terms.project_id
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by month_start, project_id
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `project_id`, `month_start`, `is_future_month`, `actual_hours`, `actual_revenue_usd`, `actual_cost_usd`, `forecast_hours`, `forecast_revenue_usd`, `forecast_cost_usd`, `weighted_forecast_revenue_usd`, `weighted_forecast_cost_usd`, `unpriced_hours`, `uncosted_hours`, 'expected' as `actual_or_expected`
  from (
    select cast(1 as bigint)
 as `project_id`, cast('2026-03-01' as date)
 as `month_start`, cast(False as boolean)
 as `is_future_month`, cast(5 as decimal(12,2))
 as `actual_hours`, cast(500 as decimal(14,2))
 as `actual_revenue_usd`, cast(200 as decimal(14,2))
 as `actual_cost_usd`, cast(4 as decimal(12,2))
 as `forecast_hours`, cast(400 as decimal(14,2))
 as `forecast_revenue_usd`, cast(160 as decimal(14,2))
 as `forecast_cost_usd`, cast(100 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(40 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-01-01' as date)
 as `month_start`, cast(False as boolean)
 as `is_future_month`, cast(0 as decimal(12,2))
 as `actual_hours`, cast(1000 as decimal(14,2))
 as `actual_revenue_usd`, cast(0 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-03-01' as date)
 as `month_start`, cast(False as boolean)
 as `is_future_month`, cast(0 as decimal(12,2))
 as `actual_hours`, cast(0 as decimal(14,2))
 as `actual_revenue_usd`, cast(0 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(1000 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(500 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(4 as bigint)
 as `project_id`, cast('2026-03-01' as date)
 as `month_start`, cast(False as boolean)
 as `is_future_month`, cast(5 as decimal(12,2))
 as `actual_hours`, cast(180 as decimal(14,2))
 as `actual_revenue_usd`, cast(80 as decimal(14,2))
 as `actual_cost_usd`, cast(6 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(9 as decimal(12,2))
 as `unpriced_hours`, cast(9 as decimal(12,2))
 as `uncosted_hours`
union all
select cast(5 as bigint)
 as `project_id`, cast('2026-03-01' as date)
 as `month_start`, cast(False as boolean)
 as `is_future_month`, cast(2 as decimal(12,2))
 as `actual_hours`, cast(200 as decimal(14,2))
 as `actual_revenue_usd`, cast(80 as decimal(14,2))
 as `actual_cost_usd`, cast(0 as decimal(12,2))
 as `forecast_hours`, cast(0 as decimal(14,2))
 as `forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `forecast_cost_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_revenue_usd`, cast(0 as decimal(14,2))
 as `weighted_forecast_cost_usd`, cast(0 as decimal(12,2))
 as `unpriced_hours`, cast(0 as decimal(12,2))
 as `uncosted_hours`
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected