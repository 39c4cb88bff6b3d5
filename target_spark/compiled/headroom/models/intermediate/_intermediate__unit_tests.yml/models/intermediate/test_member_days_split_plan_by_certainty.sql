

-- Incremental by member and day (decisions 21, 33 and 35): the pre-hook
-- deletes the rows of the days int_changed_member_months lists (whole
-- months, or the days the as-of day moved across); every input below is
-- then read for those days only. Every figure here is a member's day's own.

with

 __dbt__cte__int_calendar_days as (

-- Fixture for int_calendar_days
select cast('2026-03-05' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
union all
select cast('2026-03-06' as date)
 as `calendar_on`, cast('2026-03-02' as date)
 as `week_start`, cast('2026-03-01' as date)
 as `month_start`, cast(null as boolean) as `is_weekend`, cast(null as string) as `holiday_name`, cast(null as boolean) as `is_holiday`, cast(True as boolean)
 as `is_working_day`
),  __dbt__cte__stg_app__team_members as (

-- Fixture for stg_app__team_members
select cast(4 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast('2020-01-06' as date)
 as `started_on`, cast(null as date)
 as `ended_on`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`
),  __dbt__cte__int_team_member_versions as (

-- Fixture for int_team_member_versions
select cast(4 as bigint)
 as `team_member_id`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(40 as decimal(5,2))
 as `weekly_capacity_hours`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast('1900-01-01' as date)
 as `valid_from_on`, cast('9999-12-31' as date)
 as `valid_to_on`, cast(null as boolean) as `is_current_version`
),  __dbt__cte__int_time_off_days as (

-- Fixture for int_time_off_days
select cast(4 as bigint)
 as `team_member_id`, cast('2026-03-06' as date)
 as `off_on`, cast(4 as decimal(14,2))
 as `time_off_hours`
),  __dbt__cte__int_changed_member_months as (
select cast(null as bigint) as team_member_id, cast(null as date) as month_start where false
),  __dbt__cte__int_allocation_days as (

-- Fixture for int_allocation_days
select cast(1 as bigint)
 as `allocation_id`, cast(4 as bigint)
 as `team_member_id`, cast(11 as bigint)
 as `project_id`, cast('2026-03-05' as date)
 as `planned_on`, cast(4 as decimal(4,2))
 as `planned_hours`, cast(True as boolean)
 as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast('confirmed' as string)
 as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `allocation_id`, cast(4 as bigint)
 as `team_member_id`, cast(12 as bigint)
 as `project_id`, cast('2026-03-05' as date)
 as `planned_on`, cast(3 as decimal(4,2))
 as `planned_hours`, cast(True as boolean)
 as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast('tentative' as string)
 as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(3 as bigint)
 as `allocation_id`, cast(4 as bigint)
 as `team_member_id`, cast(13 as bigint)
 as `project_id`, cast('2026-03-05' as date)
 as `planned_on`, cast(2 as decimal(4,2))
 as `planned_hours`, cast(True as boolean)
 as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast('on_hold' as string)
 as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(1 as bigint)
 as `allocation_id`, cast(4 as bigint)
 as `team_member_id`, cast(11 as bigint)
 as `project_id`, cast('2026-03-06' as date)
 as `planned_on`, cast(4 as decimal(4,2))
 as `planned_hours`, cast(True as boolean)
 as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast('confirmed' as string)
 as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `allocation_id`, cast(4 as bigint)
 as `team_member_id`, cast(12 as bigint)
 as `project_id`, cast('2026-03-06' as date)
 as `planned_on`, cast(4 as decimal(4,2))
 as `planned_hours`, cast(True as boolean)
 as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast('tentative' as string)
 as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
),  __dbt__cte__int_actuals_priced as (

-- Fixture for int_actuals_priced
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(null as bigint) as `project_id`, cast(null as date) as `worked_on`, cast(null as decimal(5,2)) as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
    limit 0
), calendar as (
    select * from __dbt__cte__int_calendar_days
),

members as (
    select * from __dbt__cte__stg_app__team_members
),

member_versions as (
    select * from __dbt__cte__int_team_member_versions
),

time_off_days as (
    select time_off_days.*
    from __dbt__cte__int_time_off_days as time_off_days
    
),

allocation_days as (
    select allocation_days.*
    from __dbt__cte__int_allocation_days as allocation_days
),

actuals as (
    select actuals.*
    from __dbt__cte__int_actuals_priced as actuals
),

-- The daily grain runs from the first day anything was planned or worked to
-- the end of the forecast horizon (of all members, not only those in scope).
bounds as (
    select
        member_window.window_start_on as window_start,
        member_window.window_end_on as window_end
    from (select
            least(
                (select min(worked_on) from __dbt__cte__int_actuals_priced),
                (select min(planned_on) from __dbt__cte__int_allocation_days),
                cast('2026-03-04' as date)
            ) as window_start_on,
            cast(
        to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

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
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )), nvl2(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )), assert_true(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-03-04' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        )
        as date
    ) as window_end_on) as member_window
),

-- The members and the periods to make their days in: on an incremental
-- run the changed periods only, made first (materialized), so that the
-- planner never builds every member's every day to throw most away.
member_periods as (
    select
        members.team_member_id,
        members.started_on,
        members.ended_on,
        
            cast('1900-01-01' as date) as period_start,
            cast('9999-12-31' as date) as period_end
        
    from members
    
),

window_days as (
    select calendar.*
    from calendar
    cross join bounds
    where calendar.calendar_on between bounds.window_start and bounds.window_end
),

-- Nominal capacity: a fifth of the weekly hours on each working day while
-- employed, at the capacity of the member's version on that day.
employment_days as (
    select
        members.team_member_id,
        window_days.calendar_on,
        case
            when window_days.is_working_day
                then member_versions.weekly_capacity_hours / 5.0
            else 0
        end as nominal_capacity_hours
    from member_periods as members
    inner join window_days
        on
            window_days.calendar_on
            >= coalesce(members.started_on, '1900-01-01')
            and window_days.calendar_on
            <= coalesce(members.ended_on, '9999-12-31')
            and members.period_start <= window_days.calendar_on
            and members.period_end > window_days.calendar_on
    inner join member_versions
        on
            members.team_member_id = member_versions.team_member_id
            and window_days.calendar_on >= member_versions.valid_from_on
            and window_days.calendar_on < member_versions.valid_to_on
),

-- What the member can give each day: the nominal capacity and the time off
-- booked; and the share of the day's plan that the time off leaves
-- (time off comes first: a full day off keeps none of the plan, 3 hours
-- off a 6-hour day half of it). A day with no capacity keeps its plan.
capacity_days as (
    select
        team_member_id,
        calendar_on,
        sum(nominal_capacity_hours) as nominal_capacity_hours,
        sum(booked_time_off_hours) as booked_time_off_hours
    from (
        select
            team_member_id,
            calendar_on,
            nominal_capacity_hours,
            0 as booked_time_off_hours
        from employment_days
        union all
        select
            team_member_id,
            off_on as calendar_on,
            0 as nominal_capacity_hours,
            time_off_hours as booked_time_off_hours
        from time_off_days
    ) as capacity_facts
    group by team_member_id, calendar_on
),

capacity_ratios as (
    select
        team_member_id,
        calendar_on,
        nominal_capacity_hours,
        booked_time_off_hours,
        cast(
            case
                when nominal_capacity_hours > 0 and booked_time_off_hours > 0
                    then
                        greatest(
                            nominal_capacity_hours - booked_time_off_hours, 0
                        )
                        / nominal_capacity_hours
                else 1
            end as numeric(9, 6)
        ) as plan_kept_ratio
    from capacity_days
),

-- Each allocation day: stale when its project is dead (plan_is_stale),
-- else shrunk by the day's time off; what time off cut is a conflict.
plan_days as (
    select
        allocation_days.team_member_id,
        allocation_days.planned_on as calendar_on,
        allocation_days.is_billable,
        allocation_days.project_plan_certainty,
        case
            when (
        allocation_days.is_project_deleted
        or (
            allocation_days.is_project_closed
            and allocation_days.planned_on > cast('2026-03-04' as date)
        )
    )
                then allocation_days.planned_hours
            else 0
        end as stale_planned_hours,
        case
            when (
        allocation_days.is_project_deleted
        or (
            allocation_days.is_project_closed
            and allocation_days.planned_on > cast('2026-03-04' as date)
        )
    ) then 0
            else round(allocation_days.planned_hours * coalesce(capacity_ratios.plan_kept_ratio, 1), 2)
        end as planned_hours,
        allocation_days.planned_hours as allocated_hours
    from allocation_days
    cross join bounds
    left outer join capacity_ratios
        on
            allocation_days.team_member_id = capacity_ratios.team_member_id
            and allocation_days.planned_on = capacity_ratios.calendar_on
    where allocation_days.planned_on <= bounds.window_end
),

day_facts as (
    select
        team_member_id,
        calendar_on,
        nominal_capacity_hours,
        booked_time_off_hours,
        0 as planned_hours,
        0 as planned_confirmed_hours,
        0 as planned_tentative_hours,
        0 as planned_on_hold_hours,
        0 as planned_billable_hours,
        0 as time_off_conflict_hours,
        0 as stale_planned_hours,
        0 as actual_hours,
        0 as billable_hours
    from capacity_days
    union all
    select
        team_member_id,
        calendar_on,
        0 as nominal_capacity_hours,
        0 as booked_time_off_hours,
        planned_hours,
        case
            when project_plan_certainty = 'confirmed' then planned_hours else 0
        end as planned_confirmed_hours,
        case
            when project_plan_certainty = 'tentative' then planned_hours else 0
        end as planned_tentative_hours,
        case
            when project_plan_certainty = 'on_hold' then planned_hours else 0
        end as planned_on_hold_hours,
        case when is_billable then planned_hours else 0 end
            as planned_billable_hours,
        allocated_hours - stale_planned_hours - planned_hours
            as time_off_conflict_hours,
        stale_planned_hours,
        0 as actual_hours,
        0 as billable_hours
    from plan_days
    union all
    select
        team_member_id,
        worked_on as calendar_on,
        0 as nominal_capacity_hours,
        0 as booked_time_off_hours,
        0 as planned_hours,
        0 as planned_confirmed_hours,
        0 as planned_tentative_hours,
        0 as planned_on_hold_hours,
        0 as planned_billable_hours,
        0 as time_off_conflict_hours,
        0 as stale_planned_hours,
        hours as actual_hours,
        case when is_billable then hours else 0 end as billable_hours
    from actuals
),

member_days as (
    select
        team_member_id,
        calendar_on,
        sum(nominal_capacity_hours) as nominal_capacity_hours,
        sum(booked_time_off_hours) as booked_time_off_hours,
        sum(planned_hours) as planned_hours,
        sum(planned_confirmed_hours) as planned_confirmed_hours,
        sum(planned_tentative_hours) as planned_tentative_hours,
        sum(planned_on_hold_hours) as planned_on_hold_hours,
        sum(planned_billable_hours) as planned_billable_hours,
        sum(time_off_conflict_hours) as time_off_conflict_hours,
        sum(stale_planned_hours) as stale_planned_hours,
        sum(actual_hours) as actual_hours,
        sum(billable_hours) as billable_hours
    from day_facts
    group by team_member_id, calendar_on
),

-- Time off reduces capacity, never below zero; time_off_hours is the part
-- of it that did, so capacity + time off = nominal capacity. Capacity to
-- date is the capacity up to the as-of day, the only capacity worked hours
-- can be held against; the billable plan after the as-of day is what the
-- period is still expected to bill.
final as (
    select
        member_days.team_member_id,
        member_days.calendar_on,
        calendar.week_start,
        calendar.month_start,
        calendar.is_working_day,
        member_days.calendar_on > cast('2026-03-04' as date) as is_after_as_of,
        cast(
            greatest(
                member_days.nominal_capacity_hours
                - member_days.booked_time_off_hours,
                0
            ) as numeric(7, 2)
        ) as capacity_hours,
        cast(
            case
                when member_days.calendar_on <= cast('2026-03-04' as date)
                    then
                        greatest(
                            member_days.nominal_capacity_hours
                            - member_days.booked_time_off_hours,
                            0
                        )
                else 0
            end as numeric(7, 2)
        ) as capacity_to_date_hours,
        cast(
            least(
                member_days.booked_time_off_hours,
                member_days.nominal_capacity_hours
            ) as numeric(7, 2)
        ) as time_off_hours,
        cast(coalesce(capacity_ratios.plan_kept_ratio, 1) as numeric(9, 6))
            as plan_kept_ratio,
        cast(member_days.planned_hours as numeric(7, 2)) as planned_hours,
        cast(member_days.planned_confirmed_hours as numeric(7, 2))
            as planned_confirmed_hours,
        cast(member_days.planned_tentative_hours as numeric(7, 2))
            as planned_tentative_hours,
        cast(member_days.planned_on_hold_hours as numeric(7, 2))
            as planned_on_hold_hours,
        cast(member_days.planned_billable_hours as numeric(7, 2))
            as planned_billable_hours,
        cast(
            case
                when member_days.calendar_on > cast('2026-03-04' as date)
                    then member_days.planned_billable_hours
                else 0
            end as numeric(7, 2)
        ) as planned_billable_hours_after_as_of,
        cast(member_days.time_off_conflict_hours as numeric(7, 2))
            as time_off_conflict_hours,
        cast(member_days.stale_planned_hours as numeric(7, 2))
            as stale_planned_hours,
        cast(member_days.actual_hours as numeric(7, 2)) as actual_hours,
        cast(member_days.billable_hours as numeric(7, 2)) as billable_hours
    from member_days
    inner join calendar
        on member_days.calendar_on = calendar.calendar_on
    left outer join capacity_ratios
        on
            member_days.team_member_id = capacity_ratios.team_member_id
            and member_days.calendar_on = capacity_ratios.calendar_on
)

select * from final