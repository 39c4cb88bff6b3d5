{#
    The headroom mart rolled up by team and role: small enough for a
    dashboard to read a whole range of weeks in a few milliseconds. Team and
    role are the member's current ones (int_team_members).
#}
{{
    config(
        indexes=[{'columns': ['week_start']}],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

weekly as (
    select * from {{ ref('int_member_capacity_weekly') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

rolled as (
    select
        weekly.week_start,
        {{ team_and_role('members') }},
        bool_and(weekly.is_forecast_week) as is_forecast_week,
        count(*) as member_count,
        count(*) filter (where weekly.headroom_hours < 0)
            as overbooked_member_count,
        -- free and overbooked hours apart, member by member: one member's
        -- free hours cannot take another's overbooking (a sum of headroom
        -- nets them)
        cast({{ free_hours('weekly.headroom_hours') }} as numeric(12, 2))
            as free_hours,
        cast(sum(greatest(-weekly.headroom_hours, 0)) as numeric(12, 2))
            as overbooked_hours,
        cast(
            {{ free_hours('weekly.headroom_without_tentative_hours') }}
            as numeric(12, 2)
        ) as free_without_tentative_hours,
        cast(
            sum(greatest(-weekly.headroom_without_tentative_hours, 0))
            as numeric(12, 2)
        ) as overbooked_without_tentative_hours,
        {% for measure in member_day_measures() %}
            cast(sum(weekly.{{ measure }}) as numeric(12, 2)) as {{ measure }}
            {%- if not loop.last %},{% endif %}
        {% endfor %}
    from weekly
    inner join members
        on weekly.team_member_id = members.team_member_id
    group by 1, 2, 3
),

final as (
    select
        week_start,
        team,
        role_name,
        is_forecast_week,
        member_count,
        overbooked_member_count,
        free_hours,
        overbooked_hours,
        free_without_tentative_hours,
        overbooked_without_tentative_hours,
        {% for measure in member_day_measures() %}
            {{ measure }},
        {% endfor %}
        cast(capacity_hours - planned_hours as numeric(12, 2))
            as headroom_hours,
        cast(
            capacity_hours - planned_hours + planned_tentative_hours
            as numeric(12, 2)
        ) as headroom_without_tentative_hours,
        {{ utilization_ratios() }}
    from rolled
)

select * from final
order by 1, 2, 3
