{#
    The weekly and monthly member marts are sums of int_member_days: every
    measure, member by member and period by period, must agree exactly.
    Returns the member-periods that disagree.
#}
{% set measures = member_day_measures() %}

with

member_days as (
    select * from {{ ref('int_member_days') }}
),

weekly as (
    select * from {{ ref('fct_member_capacity_weekly') }}
),

monthly as (
    select * from {{ ref('fct_member_utilization_monthly') }}
),

{% for grain, mart in [('week_start', 'weekly'), ('month_start', 'monthly')] %}
    daily_by_{{ grain }} as (
        select
            team_member_id,
            {% for measure in measures %}
                sum({{ measure }}) as {{ measure }},
            {% endfor %}
            {{ grain }} as period_start
        from member_days
        group by team_member_id, {{ grain }}
    ),

    diff_{{ mart }} as (
        select
            '{{ mart }}' as mart,
            coalesce(daily.team_member_id, mart.team_member_id)
                as team_member_id,
            coalesce(daily.period_start, mart.{{ grain }}) as period_start
        from daily_by_{{ grain }} as daily
        full outer join {{ mart }} as mart
            on
                daily.team_member_id = mart.team_member_id
                and daily.period_start = mart.{{ grain }}
        where
            daily.team_member_id is null
            or mart.team_member_id is null
            {% for measure in measures %}
                or daily.{{ measure }} != mart.{{ measure }}
            {% endfor %}
            {% if mart == 'weekly' %}
                or mart.headroom_hours
                != mart.capacity_hours - mart.planned_hours
            {% endif %}
    ),

{% endfor %}

final as (
    select * from diff_weekly
    union all
    select * from diff_monthly
)

select * from final
