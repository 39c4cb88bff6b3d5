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
        {% for measure in member_day_measures() %}
            cast(sum({{ measure }}) as numeric(9, 2)) as {{ measure }},
        {% endfor %}
        bool_and(is_after_as_of) as is_forecast_week
    from member_days
    group by team_member_id, week_start
),

final as (
    select
        weekly.team_member_id,
        weekly.week_start,
        weekly.is_forecast_week,
        {% for measure in member_day_measures() %}
            weekly.{{ measure }},
        {% endfor %}
        cast(
            weekly.capacity_hours - weekly.planned_hours as numeric(9, 2)
        ) as headroom_hours,
        {{ safe_ratio('weekly.billable_hours', 'weekly.capacity_hours') }}
            as billable_utilization,
        {{ safe_ratio('weekly.actual_hours', 'weekly.capacity_hours') }}
            as total_utilization
    from weekly
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by week_start, team_member_id
