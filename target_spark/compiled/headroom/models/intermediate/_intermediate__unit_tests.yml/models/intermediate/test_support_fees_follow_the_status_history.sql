with

 __dbt__cte__stg_app__projects as (

-- Fixture for stg_app__projects
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(7 as int)
 as `project_status_id`, cast('2026-01-20' as date)
 as `starts_on`, cast('2026-05-10' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(1000 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-01-05 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(3 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-02-15' as date)
 as `starts_on`, cast('2026-04-30' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(500 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('EUR' as string)
 as `currency`, cast('2026-02-01 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(6 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(2 as int)
 as `project_status_id`, cast('2026-03-01' as date)
 as `starts_on`, cast('2026-04-30' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(300 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-02-20 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(7 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-01-01' as date)
 as `starts_on`, cast('2026-02-28' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(100 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-03-10 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(8 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(1 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-01-01' as date)
 as `starts_on`, cast(null as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(100 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-01-01 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(9 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-01-01' as date)
 as `starts_on`, cast(null as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(100 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-01-01 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(True as boolean)
 as `is_deleted`
),  __dbt__cte__project_types as (

-- Fixture for project_types
select cast(1 as int)
 as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`
union all
select cast(2 as int)
 as `project_type_id`, cast(null as string) as `project_type_name`, cast('retainer' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`
),  __dbt__cte__project_statuses as (

-- Fixture for project_statuses
select cast(2 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(False as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
union all
select cast(3 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(True as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
union all
select cast(4 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(True as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
union all
select cast(7 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(False as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
),  __dbt__cte__snp_app__projects as (

-- Fixture for snp_app__projects
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-01-05 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(4 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-02-10 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(7 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-05 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(3 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-02-01 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(6 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(2 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-02-20 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(7 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-10 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
),  __dbt__cte__int_calendar_days as (

-- Fixture for int_calendar_days
select cast('2026-01-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-01-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-02-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-02-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-03-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-04-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-04-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-05-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-05-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
union all
select cast('2026-06-01' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-06-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(null as boolean) as `is_working_day`
),  __dbt__cte__int_fx_rates_monthly as (

-- Fixture for int_fx_rates_monthly
select cast('2026-02-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1.2 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-03-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1.1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-04-01' as date)
 as `month_start`, cast('EUR' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1.1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-01-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-02-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-03-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-04-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
union all
select cast('2026-05-01' as date)
 as `month_start`, cast('USD' as string)
 as `currency`, cast(null as date) as `rate_month_start`, cast(1 as decimal(12,6))
 as `usd_per_unit`
), projects as (
    select * from __dbt__cte__stg_app__projects
),

project_types as (
    select * from __dbt__cte__project_types
),

project_statuses as (
    select * from __dbt__cte__project_statuses
),

project_versions as (
    select * from __dbt__cte__snp_app__projects
),

calendar as (
    select * from __dbt__cte__int_calendar_days
),

fx_rates as (
    select * from __dbt__cte__int_fx_rates_monthly
),

months as (
    select distinct month_start from calendar
),

-- Live support contracts with a fee. A null starts_on falls back to the
-- day the project was created; a null ends_on is open-ended.
retainers as (
    select
        projects.project_id,
        projects.currency,
        projects.monthly_fee,
        projects.project_status_id,
        coalesce(
            projects.starts_on,
            cast(projects.created_at as date)
        ) as fee_starts_on,
        coalesce(projects.ends_on, cast('9999-12-31' as date)) as fee_ends_on
    from projects
    inner join project_types
        on projects.project_type_id = project_types.project_type_id
    where
        project_types.revenue_treatment = 'retainer'
        and projects.monthly_fee is not null
        and not projects.is_deleted
),

-- Every calendar month the contract's dates overlap, to the horizon,
-- whether or not anyone logged hours in it.
contract_months as (
    select
        retainers.project_id,
        retainers.currency,
        retainers.monthly_fee,
        retainers.project_status_id as current_status_id,
        months.month_start,
        cast(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(months.month_start), nvl2(date(months.month_start), assert_true(date(months.month_start) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(months.month_start), nvl2(to_timestamp(months.month_start), assert_true(to_timestamp(months.month_start) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(months.month_start), nvl2(date(months.month_start), assert_true(date(months.month_start) is not null), null))

)
        ) as timestamp) as month_end_at
    from retainers
    inner join months
        on
            months.month_start
            between cast(date_trunc('month', retainers.fee_starts_on) as date)
            and retainers.fee_ends_on
            and months.month_start <= cast(
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
    )
),

-- The project's recorded versions as windows: each is in force from its
-- recording to the next one's, and the first also before its recording
-- (a month that ended before the status history began takes the first
-- version, not the current status).
status_versions as (
    select
        project_id,
        project_status_id,
        case
            when
                lag(dbt_valid_from) over (
                    partition by project_id order by dbt_valid_from
                ) is null
                then cast('0001-01-01 00:00:00' as timestamp)
            else dbt_valid_from
        end as recorded_from,
        lead(dbt_valid_from) over (
            partition by project_id order by dbt_valid_from
        ) as recorded_to
    from project_versions
),

-- The status at each month's end, as the status history recorded it: the
-- version in force at the end of the month (before the first version, the
-- first version); with no version yet (no snapshot run), the current
-- status. One equi-join on the project, so the plan stays a hash join
-- whatever the estimates (a second join for the first version ran as a
-- nested loop, quadratic in the projects: 475 s at scale 100).
month_end_statuses as (
    select
        contract_months.*,
        coalesce(
            in_force.project_status_id,
            contract_months.current_status_id
        ) as month_end_status_id
    from contract_months
    left outer join status_versions as in_force
        on
            contract_months.project_id = in_force.project_id
            and contract_months.month_end_at > in_force.recorded_from
            and (
                in_force.recorded_to is null
                or contract_months.month_end_at <= in_force.recorded_to
            )
),

-- Before the as-of month a fee is earned when the contract stood at the
-- month's end (a contract cancelled later keeps it); the as-of month is
-- earned when the project is contracted now, else forecast; later months
-- are forecast.
fee_months as (
    select
        month_end_statuses.project_id,
        month_end_statuses.month_start,
        month_end_statuses.month_end_status_id,
        month_end_statuses.monthly_fee * fx_rates.usd_per_unit
            as monthly_fee_usd,
        case
            when
                month_end_statuses.month_start < cast(date_trunc('month', cast('2026-03-18' as date)) as date)
                then
                    case
                        when month_end_statuses_at.is_contracted
                            then 'earned'
                        else 'not_earned'
                    end
            when
                month_end_statuses.month_start = cast(date_trunc('month', cast('2026-03-18' as date)) as date)
                and current_statuses.is_contracted
                then 'earned'
            else 'forecast'
        end as fee_status
    from month_end_statuses
    inner join project_statuses as month_end_statuses_at
        on
            month_end_statuses.month_end_status_id
            = month_end_statuses_at.project_status_id
    inner join project_statuses as current_statuses
        on
            month_end_statuses.current_status_id
            = current_statuses.project_status_id
    left outer join fx_rates
        on
            month_end_statuses.currency = fx_rates.currency
            and month_end_statuses.month_start = fx_rates.month_start
),

final as (
    select
        project_id,
        month_start,
        cast(month_end_status_id as smallint) as month_end_status_id,
        fee_status,
        cast(monthly_fee_usd as numeric(14, 2)) as monthly_fee_usd,
        cast(
            case when fee_status = 'earned' then monthly_fee_usd else 0 end
            as numeric(14, 2)
        ) as earned_fee_usd,
        cast(
            case when fee_status = 'forecast' then monthly_fee_usd else 0 end
            as numeric(14, 2)
        ) as forecast_fee_usd
    from fee_months
)

select * from final