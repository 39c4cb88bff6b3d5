{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['month_start']},
            {'columns': ['team_member_id', 'month_start']},
        ],
        'pre_hook': [
            "{{ begin_period_increment(
                ref('int_changed_member_months'), 'month', 'month_start',
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

-- Incremental by member and month, like int_member_days (decision 21).

with

member_days as (
    select member_days.*
    from {{ rows_in_changed_periods(
        ref('int_member_days'), ref('int_changed_member_months'), 'month',
        'team_member_id', 'calendar_on',
    ) }} as member_days
),

members as (
    select * from {{ ref('int_team_members') }}
),

monthly as (
    select
        team_member_id,
        month_start,
        {% for measure in member_day_measures() %}
            cast(sum({{ measure }}) as numeric(9, 2)) as {{ measure }},
        {% endfor %}
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
        {% for measure in member_day_measures() %}
            monthly.{{ measure }},
        {% endfor %}
        members.target_chargeable_utilization,
        cast(
            round(
                monthly.capacity_hours
                * members.target_chargeable_utilization,
                2
            ) as numeric(9, 2)
        ) as target_chargeable_hours,
        {{ utilization_ratios('monthly') }}
    from monthly
    inner join members
        on monthly.team_member_id = members.team_member_id
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by month_start, team_member_id
