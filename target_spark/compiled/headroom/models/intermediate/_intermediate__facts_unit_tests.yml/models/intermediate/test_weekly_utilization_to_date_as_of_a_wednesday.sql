

-- Incremental by member and week, like int_member_days (decision 21).

with

 __dbt__cte__int_member_days as (

-- Fixture for int_member_days
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-02' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(False as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(8 as decimal(7,2))
 as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(8 as decimal(7,2))
 as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(8 as decimal(7,2))
 as `actual_hours`, cast(8 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-03' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(False as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(8 as decimal(7,2))
 as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(8 as decimal(7,2))
 as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(6 as decimal(7,2))
 as `actual_hours`, cast(4 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-04' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(False as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(8 as decimal(7,2))
 as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(8 as decimal(7,2))
 as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(6 as decimal(7,2))
 as `actual_hours`, cast(6 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-05' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(True as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(0 as decimal(7,2))
 as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(8 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(8 as decimal(7,2))
 as `planned_billable_hours`, cast(8 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(0 as decimal(7,2))
 as `actual_hours`, cast(0 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-06' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(True as boolean)
 as `is_after_as_of`, cast(8 as decimal(7,2))
 as `capacity_hours`, cast(0 as decimal(7,2))
 as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(0 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours`, cast(0 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(0 as decimal(7,2))
 as `actual_hours`, cast(0 as decimal(7,2))
 as `billable_hours`
union all
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-09' as date)
 as `calendar_on`, cast('2026-03-09' as date)
 as `week_start`, cast(null as date) as `month_start`, cast(null as boolean) as `is_working_day`, cast(True as boolean)
 as `is_after_as_of`, cast(40 as decimal(7,2))
 as `capacity_hours`, cast(0 as decimal(7,2))
 as `capacity_to_date_hours`, cast(null as decimal(7,2)) as `time_off_hours`, cast(null as decimal(9,6)) as `plan_kept_ratio`, cast(20 as decimal(7,2))
 as `planned_hours`, cast(null as decimal(7,2)) as `planned_confirmed_hours`, cast(null as decimal(7,2)) as `planned_tentative_hours`, cast(null as decimal(7,2)) as `planned_on_hold_hours`, cast(20 as decimal(7,2))
 as `planned_billable_hours`, cast(20 as decimal(7,2))
 as `planned_billable_hours_after_as_of`, cast(null as decimal(7,2)) as `time_off_conflict_hours`, cast(null as decimal(7,2)) as `stale_planned_hours`, cast(0 as decimal(7,2))
 as `actual_hours`, cast(0 as decimal(7,2))
 as `billable_hours`
),  __dbt__cte__int_changed_member_months as (
select cast(null as bigint) as team_member_id, cast(null as date) as month_start where false
),  __dbt__cte__int_calendar_days as (
select cast(null as date) as month_start, cast(null as date) as week_start where false
), member_days as (
    select member_days.*
    from __dbt__cte__int_member_days as member_days
),

weekly as (
    select
        team_member_id,
        week_start,
        
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
        
        bool_and(is_after_as_of) as is_forecast_week
    from member_days
    group by team_member_id, week_start
),

final as (
    select
        weekly.team_member_id,
        weekly.week_start,
        weekly.is_forecast_week,
        
            weekly.capacity_hours,
        
            weekly.capacity_to_date_hours,
        
            weekly.time_off_hours,
        
            weekly.planned_hours,
        
            weekly.planned_confirmed_hours,
        
            weekly.planned_tentative_hours,
        
            weekly.planned_on_hold_hours,
        
            weekly.planned_billable_hours,
        
            weekly.planned_billable_hours_after_as_of,
        
            weekly.time_off_conflict_hours,
        
            weekly.stale_planned_hours,
        
            weekly.actual_hours,
        
            weekly.billable_hours,
        
        cast(
            weekly.capacity_hours - weekly.planned_hours as numeric(9, 2)
        ) as headroom_hours,
        cast(
            weekly.capacity_hours - weekly.planned_hours
            + weekly.planned_tentative_hours as numeric(9, 2)
        ) as headroom_without_tentative_hours,
        cast(
        round((weekly.billable_hours) / nullif((weekly.capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as billable_utilization,
    cast(
        round((weekly.actual_hours) / nullif((weekly.capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as total_utilization,
    cast(
        round((weekly.billable_hours + weekly.planned_billable_hours_after_as_of) / nullif((weekly.capacity_hours), 0), 4)
        as numeric(10, 4)
    ) as expected_billable_utilization
    from weekly
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by week_start, team_member_id