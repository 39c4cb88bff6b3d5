
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `project_id`,`team_member_id`,`planned_on`,`planned_hours`, 'actual' as `actual_or_expected`
  from (
    


with

 __dbt__cte__int_allocation_days as (

-- Fixture for int_allocation_days
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-03-17' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-03-19' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(8 as bigint)
 as `team_member_id`, cast(4 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `planned_on`, cast(6 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(8 as bigint)
 as `team_member_id`, cast(4 as bigint)
 as `project_id`, cast('2027-04-01' as date)
 as `planned_on`, cast(3 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(5 as bigint)
 as `project_id`, cast('2026-03-19' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(True as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(6 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(True as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_member_days as (

-- Fixture for int_member_days
select cast(7 as bigint)
 as `team_member_id`, cast('2026-03-17' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(null as boolean) as `is_after_as_of`, cast(null as decimal(7,2)) as `capacity_hours`, cast(null as decimal(7,2)) as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(1 as decimal(9,6))
 as `plan_kept_ratio`, cast(null as decimal(7,2)) as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(null as decimal(7,2)) as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(null as decimal(7,2)) as `actual_hours`, cast(null as decimal(7,2)) as `billable_hours`
union all
select cast(7 as bigint)
 as `team_member_id`, cast('2026-03-19' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(null as boolean) as `is_after_as_of`, cast(null as decimal(7,2)) as `capacity_hours`, cast(null as decimal(7,2)) as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(0.5 as decimal(9,6))
 as `plan_kept_ratio`, cast(null as decimal(7,2)) as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(null as decimal(7,2)) as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(null as decimal(7,2)) as `actual_hours`, cast(null as decimal(7,2)) as `billable_hours`
union all
select cast(7 as bigint)
 as `team_member_id`, cast('2026-03-20' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(null as boolean) as `is_after_as_of`, cast(null as decimal(7,2)) as `capacity_hours`, cast(null as decimal(7,2)) as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(1 as decimal(9,6))
 as `plan_kept_ratio`, cast(null as decimal(7,2)) as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(null as decimal(7,2)) as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(null as decimal(7,2)) as `actual_hours`, cast(null as decimal(7,2)) as `billable_hours`
), allocation_days as (
    select * from __dbt__cte__int_allocation_days
),

member_days as (
    select * from __dbt__cte__int_member_days
),

final as (
    select
        allocation_days.project_id,
        allocation_days.team_member_id,
        allocation_days.planned_on,
        cast(
            round(allocation_days.planned_hours * coalesce(member_days.plan_kept_ratio, 1), 2) as numeric(8, 2)
        ) as planned_hours
    from allocation_days
    left outer join member_days
        on
            allocation_days.team_member_id = member_days.team_member_id
            and allocation_days.planned_on = member_days.calendar_on
    where
        allocation_days.planned_on > cast('2026-03-18' as date)
        and allocation_days.planned_on <= cast(
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
        and not (
        allocation_days.is_project_deleted
        or (
            allocation_days.is_project_closed
            and allocation_days.planned_on > cast('2026-03-18' as date)
        )
    )
)

select * from final
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `project_id`, `team_member_id`, `planned_on`, `planned_hours`, 'expected' as `actual_or_expected`
  from (
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
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected