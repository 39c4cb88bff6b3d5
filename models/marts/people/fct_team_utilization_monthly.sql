{#
    The utilization mart rolled up by team and role, for dashboards: the
    sums, and the ratios of those sums (never averages of members' rates).
    Team and role are the member's current ones (int_team_members).
#}
{{
    config(
        indexes=[{'columns': ['month_start']}],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

monthly as (
    select * from {{ ref('int_member_utilization_monthly') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

rolled as (
    select
        monthly.month_start,
        {{ team_and_role('members') }},
        bool_and(monthly.is_forecast_month) as is_forecast_month,
        count(*) as member_count,
        {% for measure in member_day_measures() %}
            cast(sum(monthly.{{ measure }}) as numeric(12, 2)) as {{ measure }},
        {% endfor %}
        cast(sum(monthly.target_chargeable_hours) as numeric(12, 2))
            as target_chargeable_hours
    from monthly
    inner join members
        on monthly.team_member_id = members.team_member_id
    group by 1, 2, 3
),

final as (
    select
        month_start,
        team,
        role_name,
        is_forecast_month,
        member_count,
        {% for measure in member_day_measures() %}
            {{ measure }},
        {% endfor %}
        target_chargeable_hours,
        {{ utilization_ratios() }},
        {{ safe_ratio('planned_billable_hours', 'capacity_hours') }}
            as planned_billable_utilization,
        {{ safe_ratio('target_chargeable_hours', 'capacity_hours') }}
            as target_chargeable_utilization
    from rolled
)

select * from final
order by 1, 2, 3
