
    -- Build actual result given inputs
with dbt_internal_unit_test_actual as (
  select
    `team_member_id`,`month_start`,`capacity_hours`,`capacity_to_date_hours`,`target_billable_hours`,`billable_utilization`,`total_utilization`,`expected_billable_utilization`, 'actual' as `actual_or_expected`
  from (
    

-- Incremental by member and month, like int_member_days (decision 21).

with

 __dbt__cte__int_member_days as (

-- Fixture for int_member_days
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-02' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_working_day`, cast(False as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(8 as decimal(7,2))
 as `capacity_to_date_hours`, cast(0 as decimal(7,2))
 as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(8 as decimal(7,2))
 as `actual_hours`, cast(6 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-03' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_working_day`, cast(False as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(8 as decimal(7,2))
 as `capacity_to_date_hours`, cast(0 as decimal(7,2))
 as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(4 as decimal(7,2))
 as `actual_hours`, cast(0 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-19' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_working_day`, cast(True as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(0 as decimal(7,2))
 as `capacity_to_date_hours`, cast(0 as decimal(7,2))
 as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(8 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(0 as decimal(7,2))
 as `actual_hours`, cast(0 as decimal(7,2))
 as `billable_hours`
union all
select cast(2 as bigint)
 as `team_member_id`, cast('2026-03-02' as date)
 as `calendar_on`, cast(null as date) as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_working_day`, cast(False as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(8 as decimal(7,2))
 as `capacity_to_date_hours`, cast(0 as decimal(7,2))
 as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(0 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(null as decimal(7,2)) as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(0 as decimal(7,2))
 as `actual_hours`, cast(0 as decimal(7,2))
 as `billable_hours`
),  __dbt__cte__int_changed_member_months as (
select cast(null as bigint) as team_member_id, cast(null as date) as month_start where false
),  __dbt__cte__int_team_members as (

-- Fixture for int_team_members
select cast(1 as bigint)
 as `team_member_id`, cast(null as string) as `team_member_name`, cast(null as boolean) as `has_login`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `role_name`, cast(null as boolean) as `is_role_mapped`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as boolean) as `is_part_time`, cast(0.75 as decimal(3,2))
 as `target_billable_utilization`, cast(null as boolean) as `is_active`, cast(null as date) as `started_on`, cast(null as date) as `ended_on`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `team_member_id`, cast(null as string) as `team_member_name`, cast(null as boolean) as `has_login`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `role_name`, cast(null as boolean) as `is_role_mapped`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as boolean) as `is_part_time`, cast(null as decimal(3,2))
 as `target_billable_utilization`, cast(null as boolean) as `is_active`, cast(null as date) as `started_on`, cast(null as date) as `ended_on`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_deleted`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as timestamp) as `staged_at`
), member_days as (
    select member_days.*
    from __dbt__cte__int_member_days as member_days
),

members as (
    select * from __dbt__cte__int_team_members
),

monthly as (
    select
        team_member_id,
        month_start,
        
            cast(sum(capacity_hours) as numeric(9, 2)) as capacity_hours,
        
            cast(sum(capacity_to_date_hours) as numeric(9, 2)) as capacity_to_date_hours,
        
            cast(sum(time_off_hours) as numeric(9, 2)) as time_off_hours,
        
            cast(sum(planned_hours) as numeric(9, 2)) as planned_hours,
        
            cast(sum(planned_confirmed_hours) as numeric(9, 2)) as planned_confirmed_hours,
        
            cast(sum(planned_tentative_hours) as numeric(9, 2)) as planned_tentative_hours,
        
            cast(sum(planned_on_hold_hours) as numeric(9, 2)) as planned_on_hold_hours,
        
            cast(sum(planned_billable_hours) as numeric(9, 2)) as planned_billable_hours,
        
            cast(sum(planned_billable_hours_after_as_of) as numeric(9, 2)) as planned_billable_hours_after_as_of,
        
            cast(sum(time_off_conflict_hours) as numeric(9, 2)) as time_off_conflict_hours,
        
            cast(sum(stale_planned_hours) as numeric(9, 2)) as stale_planned_hours,
        
            cast(sum(actual_hours) as numeric(9, 2)) as actual_hours,
        
            cast(sum(billable_hours) as numeric(9, 2)) as billable_hours,
        
        bool_and(is_after_as_of) as is_forecast_month
    from member_days
    group by team_member_id, month_start
),

-- The target is the one of the member's current role; a member whose role
-- maps to no known role has none (null), and is flagged in the dimension.
final as (
    select
        monthly.team_member_id,
        monthly.month_start,
        monthly.is_forecast_month,
        
            monthly.capacity_hours,
        
            monthly.capacity_to_date_hours,
        
            monthly.time_off_hours,
        
            monthly.planned_hours,
        
            monthly.planned_confirmed_hours,
        
            monthly.planned_tentative_hours,
        
            monthly.planned_on_hold_hours,
        
            monthly.planned_billable_hours,
        
            monthly.planned_billable_hours_after_as_of,
        
            monthly.time_off_conflict_hours,
        
            monthly.stale_planned_hours,
        
            monthly.actual_hours,
        
            monthly.billable_hours,
        
        members.target_billable_utilization,
        cast(
            round(
                monthly.capacity_hours * members.target_billable_utilization, 2
            ) as numeric(9, 2)
        ) as target_billable_hours,
        cast(
        round((monthly.billable_hours) / nullif((monthly.capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as billable_utilization,
    cast(
        round((monthly.actual_hours) / nullif((monthly.capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as total_utilization,
    cast(
        round((monthly.billable_hours + monthly.planned_billable_hours_after_as_of) / nullif((monthly.capacity_hours), 0), 4)
        as numeric(10, 4)
    ) as expected_billable_utilization
    from monthly
    inner join members
        on monthly.team_member_id = members.team_member_id
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by month_start, team_member_id
  ) _dbt_internal_unit_test_actual
),
-- Build expected result
dbt_internal_unit_test_expected as (
  select
    `team_member_id`, `month_start`, `capacity_hours`, `capacity_to_date_hours`, `target_billable_hours`, `billable_utilization`, `total_utilization`, `expected_billable_utilization`, 'expected' as `actual_or_expected`
  from (
    select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-01' as date)
 as `month_start`, cast(24 as decimal(9,2))
 as `capacity_hours`, cast(16 as decimal(9,2))
 as `capacity_to_date_hours`, cast(18 as decimal(9,2))
 as `target_billable_hours`, cast(0.375 as decimal(10,4))
 as `billable_utilization`, cast(0.75 as decimal(10,4))
 as `total_utilization`, cast(0.5833 as decimal(10,4))
 as `expected_billable_utilization`
union all
select cast(2 as bigint)
 as `team_member_id`, cast('2026-03-01' as date)
 as `month_start`, cast(8 as decimal(9,2))
 as `capacity_hours`, cast(8 as decimal(9,2))
 as `capacity_to_date_hours`, cast(null as decimal(9,2))
 as `target_billable_hours`, cast(0 as decimal(10,4))
 as `billable_utilization`, cast(0 as decimal(10,4))
 as `total_utilization`, cast(0 as decimal(10,4))
 as `expected_billable_utilization`
  ) _dbt_internal_unit_test_expected
)
-- Union actual and expected results
select * from dbt_internal_unit_test_actual
union all
select * from dbt_internal_unit_test_expected