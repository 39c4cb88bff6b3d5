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
        capacity_hours,
        time_off_hours,
        planned_hours,
        actual_hours,
        billable_hours,
        capacity_hours - planned_hours as headroom_hours,
        {{ safe_ratio('billable_hours', 'capacity_hours') }}
            as billable_utilization,
        {{ safe_ratio('actual_hours', 'capacity_hours') }}
            as total_utilization
    from weekly
)

select * from final
