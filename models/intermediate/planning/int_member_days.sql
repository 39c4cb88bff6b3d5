{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['team_member_id', 'calendar_on'], 'unique': true},
            {'columns': ['week_start']},
            {'columns': ['month_start']},
        ],
        'pre_hook': [
            "{{ begin_period_increment(
                ref('int_changed_member_months'), 'day', 'calendar_on',
                'team_member_id',
            ) }}",
        ],
        'post_hook': [
            "{{ record_period_increment(
                ref('stg_app__team_members'), 'team_member_id',
            ) }}",
            "{{ analyze_relation(this) }}",
        ],
    }))
}}

-- Incremental by member and day (decisions 21, 33 and 35): the pre-hook
-- deletes the rows of the days int_changed_member_months lists (whole
-- months, or the days the as-of day moved across); every input below is
-- then read for those days only. Every figure here is a member's day's own.

with

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

-- Placeholders are no members (decision 49): no capacity, no plan of
-- their own here; their plans are unstaffed demand
-- (int_placeholder_demand_days). `is not true`: a unit test's member
-- without the column is a person.
members as (
    select * from {{ ref('stg_app__team_members') }}
    where is_placeholder is not true
),

placeholders as (
    select team_member_id from {{ ref('stg_app__team_members') }}
    where is_placeholder
),

member_versions as (
    select * from {{ ref('int_team_member_versions') }}
),

time_off_days as (
    select time_off_days.*
    from {{ ref('int_time_off_days') }} as time_off_days
    {{ in_changed_periods(
        ref('int_changed_member_months'), 'day',
        'time_off_days.team_member_id', 'time_off_days.off_on',
    ) }}
),

allocation_days as (
    select allocation_days.*
    from {{ rows_in_changed_periods(
        ref('int_allocation_days'), ref('int_changed_member_months'), 'day',
        'team_member_id', 'planned_on',
    ) }} as allocation_days
    where not exists (
        select 1 from placeholders
        where placeholders.team_member_id = allocation_days.team_member_id
    )
),

actuals as (
    select actuals.*
    from {{ rows_in_changed_periods(
        ref('int_actuals_priced'), ref('int_changed_member_months'), 'day',
        'team_member_id', 'worked_on',
    ) }} as actuals
),

-- The daily grain runs from the first day anything was planned or worked to
-- the end of the forecast horizon (of all members, not only those in scope).
bounds as (
    select
        member_window.window_start_on as window_start,
        member_window.window_end_on as window_end
    from ({{ member_window(
        ref('int_actuals_priced'), ref('int_allocation_days')
    ) }}) as member_window
),

-- The members and the periods to make their days in: on an incremental
-- run the changed periods only, made first (materialized), so that the
-- planner never builds every member's every day to throw most away.
member_periods as {% if is_incremental() %}materialized {% endif %}(
    select
        members.team_member_id,
        members.started_on,
        members.ended_on,
        {% if is_incremental() %}
            changes.period_start,
            changes.period_end
        {% else %}
            cast('1900-01-01' as date) as period_start,
            cast('9999-12-31' as date) as period_end
        {% endif %}
    from members
    {% if is_incremental() %}
        inner join (
            {{ changed_periods(
                ref('int_changed_member_months'), 'day', 'team_member_id'
            ) }}
        ) as changes
            on members.team_member_id = changes.key_id
    {% endif %}
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
            when {{ plan_is_stale('allocation_days') }}
                then allocation_days.planned_hours
            else 0
        end as stale_planned_hours,
        case
            when {{ plan_is_stale('allocation_days') }} then 0
            else {{ planned_hours_kept(
                'allocation_days.planned_hours',
                'coalesce(capacity_ratios.plan_kept_ratio, 1)',
            ) }}
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
        0 as billable_hours,
        0 as chargeable_hours
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
        0 as billable_hours,
        0 as chargeable_hours
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
        case when is_billable then hours else 0 end as billable_hours,
        case when is_chargeable then hours else 0 end as chargeable_hours
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
        sum(billable_hours) as billable_hours,
        sum(chargeable_hours) as chargeable_hours
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
        member_days.calendar_on > {{ as_of_date() }} as is_after_as_of,
        cast(
            greatest(
                member_days.nominal_capacity_hours
                - member_days.booked_time_off_hours,
                0
            ) as numeric(7, 2)
        ) as capacity_hours,
        cast(
            case
                when member_days.calendar_on <= {{ as_of_date() }}
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
                when member_days.calendar_on > {{ as_of_date() }}
                    then member_days.planned_billable_hours
                else 0
            end as numeric(7, 2)
        ) as planned_billable_hours_after_as_of,
        cast(member_days.time_off_conflict_hours as numeric(7, 2))
            as time_off_conflict_hours,
        cast(member_days.stale_planned_hours as numeric(7, 2))
            as stale_planned_hours,
        cast(member_days.actual_hours as numeric(7, 2)) as actual_hours,
        cast(member_days.billable_hours as numeric(7, 2)) as billable_hours,
        cast(member_days.chargeable_hours as numeric(7, 2))
            as chargeable_hours
    from member_days
    inner join calendar
        on member_days.calendar_on = calendar.calendar_on
    left outer join capacity_ratios
        on
            member_days.team_member_id = capacity_ratios.team_member_id
            and member_days.calendar_on = capacity_ratios.calendar_on
)

select * from final
