{{
    config(
        indexes=[
            {'columns': ['week_start']},
        ],
        post_hook=["analyze {{ this }}"],
    )
}}

with

member_days as (
    select * from {{ ref('int_member_days') }}
),

weekly as (
    select
        team_member_id,
        week_start,
        sum(capacity_hours) as capacity_hours,
        sum(time_off_hours) as time_off_hours,
        sum(planned_hours) as planned_hours,
        sum(planned_billable_hours) as planned_billable_hours,
        sum(actual_hours) as actual_hours,
        sum(billable_hours) as billable_hours,
        bool_and(is_after_as_of) as is_forecast_week
    from member_days
    group by team_member_id, week_start
),

final as (
    select
        team_member_id,
        week_start,
        is_forecast_week,
        cast(capacity_hours as numeric(9, 2)) as capacity_hours,
        cast(time_off_hours as numeric(9, 2)) as time_off_hours,
        cast(planned_hours as numeric(9, 2)) as planned_hours,
        cast(planned_billable_hours as numeric(9, 2))
            as planned_billable_hours,
        cast(actual_hours as numeric(9, 2)) as actual_hours,
        cast(billable_hours as numeric(9, 2)) as billable_hours,
        cast(capacity_hours - planned_hours as numeric(9, 2)) as headroom_hours,
        {{ safe_ratio('billable_hours', 'capacity_hours') }}
            as billable_utilization,
        {{ safe_ratio('actual_hours', 'capacity_hours') }}
            as total_utilization
    from weekly
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by week_start, team_member_id
