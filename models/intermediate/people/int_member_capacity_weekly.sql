{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['week_start']},
            {'columns': ['team_member_id', 'week_start']},
        ],
        'pre_hook': [
            "{{ begin_period_increment(
                ref('int_changed_member_months'), 'week', 'week_start',
                'team_member_id', calendar=ref('int_calendar_days'),
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

-- Incremental by member and week, like int_member_days (decision 21).

with

member_days as (
    select member_days.*
    from {{ rows_in_changed_periods(
        ref('int_member_days'), ref('int_changed_member_months'), 'week',
        'team_member_id', 'calendar_on', calendar=ref('int_calendar_days'),
    ) }} as member_days
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
        cast(
            weekly.capacity_hours - weekly.planned_hours
            + weekly.planned_tentative_hours as numeric(9, 2)
        ) as headroom_without_tentative_hours,
        {{ utilization_ratios('weekly') }}
    from weekly
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by week_start, team_member_id
