-- depends_on: __dbt__cte__base_app__actuals


with

 __dbt__cte__base_app__actuals as (
select cast(null as bigint) as actual_id where false
),  __dbt__cte__stg_app__actuals as (

-- Fixture for stg_app__actuals
select cast(1 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(10 as bigint)
 as `project_id`, cast('2026-03-10' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-10' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(3 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(4 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(30 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `worked_on`, cast(3 as decimal(5,2))
 as `hours`, cast('import' as string)
 as `actual_source`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-30 09:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(5 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-21' as date)
 as `worked_on`, cast(1 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-21 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-21 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(True as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(6 as bigint)
 as `actual_id`, cast(2 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `worked_on`, cast(4 as decimal(5,2))
 as `hours`, cast('allocation_backfill' as string)
 as `actual_source`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(7 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-14' as date)
 as `worked_on`, cast(1 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-14 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-14 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_team_member_versions as (

-- Fixture for int_team_member_versions
select cast(1 as bigint)
 as `team_member_id`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(40 as decimal(10,2))
 as `cost_rate_usd`, cast(80 as decimal(10,2))
 as `bill_rate_usd`, cast('1900-01-01' as date)
 as `valid_from_on`, cast('2026-03-15' as date)
 as `valid_to_on`, cast(null as boolean) as `is_current_version`
union all
select cast(1 as bigint)
 as `team_member_id`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(45 as decimal(10,2))
 as `cost_rate_usd`, cast(90 as decimal(10,2))
 as `bill_rate_usd`, cast('2026-03-15' as date)
 as `valid_from_on`, cast('9999-12-31' as date)
 as `valid_to_on`, cast(null as boolean) as `is_current_version`
union all
select cast(2 as bigint)
 as `team_member_id`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as decimal(10,2))
 as `cost_rate_usd`, cast(null as decimal(10,2))
 as `bill_rate_usd`, cast('1900-01-01' as date)
 as `valid_from_on`, cast('9999-12-31' as date)
 as `valid_to_on`, cast(null as boolean) as `is_current_version`
),  __dbt__cte__int_projects as (

-- Fixture for int_projects
select cast(10 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast('Billable' as string)
 as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(True as boolean)
 as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('EUR' as string)
 as `currency`, cast(100 as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(20 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast('Billable' as string)
 as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(True as boolean)
 as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('USD' as string)
 as `currency`, cast(null as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(30 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as boolean) as `is_internal_client`, cast(null as int) as `project_type_id`, cast('Support' as string)
 as `project_type_name`, cast('retainer' as string)
 as `revenue_treatment`, cast(False as boolean)
 as `is_billable`, cast(null as int) as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as decimal(3,2)) as `forecast_probability`, cast(null as boolean) as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast('USD' as string)
 as `currency`, cast(null as decimal(10,2))
 as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_fx_rates_monthly as (

-- Fixture for int_fx_rates_monthly
select cast('2026-03-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1.1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-03-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
),  __dbt__cte__int_team_members as (

-- Fixture for int_team_members
select cast(1 as bigint)
 as `team_member_id`, cast(null as string) as `team_member_name`, cast(null as boolean) as `has_login`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `role_name`, cast(null as boolean) as `is_role_mapped`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as boolean) as `is_part_time`, cast(null as decimal(3,2)) as `target_billable_utilization`, cast(null as boolean) as `is_active`, cast('2020-01-06' as date)
 as `started_on`, cast(null as date)
 as `ended_on`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast('2026-03-15 09:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `team_member_id`, cast(null as string) as `team_member_name`, cast(null as boolean) as `has_login`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `role_name`, cast(null as boolean) as `is_role_mapped`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as boolean) as `is_part_time`, cast(null as decimal(3,2)) as `target_billable_utilization`, cast(null as boolean) as `is_active`, cast('2020-01-06' as date)
 as `started_on`, cast(null as date)
 as `ended_on`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast('2026-03-15 09:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_time_off_days as (

-- Fixture for int_time_off_days
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-20' as date)
 as `off_on`, cast(8 as decimal(14,2))
 as `time_off_hours`
),  __dbt__cte__int_calendar_days as (

-- Fixture for int_calendar_days
select cast('2026-03-10' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-14' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(False as boolean)
 as `is_working_day`
union all
select cast('2026-03-20' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
),  __dbt__cte__base_app__time_off as (
select cast(null as bigint) as team_member_id, cast(null as timestamp) as staged_at where false
), actuals as (
    select * from __dbt__cte__stg_app__actuals
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

members as (
    select * from __dbt__cte__int_team_members
),

time_off_days as (
    select * from __dbt__cte__int_time_off_days
),

calendar as (
    select * from __dbt__cte__int_calendar_days
),

-- Incremental runs (decision 33) re-price the actuals staged since the
-- last build and every actuals row of a member or project stamped since
-- then (new rates, terms or fate) or of a member whose time off was
-- (is_on_time_off). The post-hook removes rows that are no longer live
-- and valid.
changed as (
    select actuals.*
    from actuals
    where
        not actuals.is_deleted
        and true
),

-- Rates as they were on the day: the member's version in force on
-- worked_on, and the project's rate converted at the month's FX rate. A
-- rate that is not known leaves the money null (never zero).
priced as (
    select
        changed.actual_id,
        changed.team_member_id,
        changed.project_id,
        changed.worked_on,
        changed.hours,
        changed.actual_source,
        projects.project_type_name,
        projects.revenue_treatment,
        projects.is_billable,
        cast(
            case
        when projects.revenue_treatment = 'time_and_materials'
            then changed.hours * coalesce(
                projects.hourly_rate * fx_rates.usd_per_unit,
                member_versions.bill_rate_usd
            )
        else 0
    end
            as numeric(14, 2)
        ) as revenue_usd,
        cast(
            changed.hours * member_versions.cost_rate_usd as numeric(14, 2)
        ) as cost_usd,
        -- edited (not only entered) at or after the close of its week
        (
            changed.updated_at > changed.created_at
            and changed.updated_at >= cast(to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(date_trunc('week', changed.worked_on)), nvl2(date(date_trunc('week', changed.worked_on)), assert_true(date(date_trunc('week', changed.worked_on)) is not null), null))

,
                    cast(8 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(date_trunc('week', changed.worked_on)), nvl2(to_timestamp(date_trunc('week', changed.worked_on)), assert_true(to_timestamp(date_trunc('week', changed.worked_on)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(date_trunc('week', changed.worked_on)), nvl2(date(date_trunc('week', changed.worked_on)), assert_true(date(date_trunc('week', changed.worked_on)) is not null), null))

)
        ) as timestamp)
        ) as is_edited_after_week_closed,
        changed.updated_at,
        changed.staged_at
    from changed
    inner join projects
        on changed.project_id = projects.project_id
    left outer join member_versions
        on
            changed.team_member_id = member_versions.team_member_id
            and changed.worked_on >= member_versions.valid_from_on
            and changed.worked_on < member_versions.valid_to_on
    left outer join fx_rates
        on
            projects.currency = fx_rates.currency
            and cast(date_trunc('month', changed.worked_on) as date)
            = fx_rates.month_start
),

-- The row's quality flags (docs: actuals_quality_flags): what an analyst
-- may want to leave out of a figure, or to weigh it by.
flagged as (
    select
        priced.*,
        (
            priced.revenue_treatment = 'time_and_materials'
            and priced.revenue_usd is null
        ) as is_unpriced,
        priced.cost_usd is null as is_uncosted,
        priced.actual_source = 'allocation_backfill' as is_backfilled,
        time_off_days.team_member_id is not null as is_on_time_off,
        (
            not calendar.is_working_day
            or priced.worked_on < coalesce(members.started_on, '1900-01-01')
            or priced.worked_on > coalesce(members.ended_on, '9999-12-31')
        ) as is_on_day_off
    from priced
    inner join calendar
        on priced.worked_on = calendar.calendar_on
    left outer join members
        on priced.team_member_id = members.team_member_id
    left outer join time_off_days
        on
            priced.team_member_id = time_off_days.team_member_id
            and priced.worked_on = time_off_days.off_on
),

final as (
    select
        *,
        cast(
        cast(flagged.is_unpriced as integer) + cast(flagged.is_uncosted as integer) + cast(flagged.is_backfilled as integer) + cast(flagged.is_edited_after_week_closed as integer) + cast(flagged.is_on_time_off as integer) + cast(flagged.is_on_day_off as integer)
        as smallint
    ) as quality_flag_count,
    cast(
        round(
            1 - (
                cast(flagged.is_unpriced as integer) + cast(flagged.is_uncosted as integer) + cast(flagged.is_backfilled as integer) + cast(flagged.is_edited_after_week_closed as integer) + cast(flagged.is_on_time_off as integer) + cast(flagged.is_on_day_off as integer)
            ) / 6.0,
            2
        ) as numeric(3, 2)
    ) as quality_score
    from flagged
)

select * from final