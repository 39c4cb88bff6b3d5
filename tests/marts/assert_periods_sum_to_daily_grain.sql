{#
    The weekly and monthly member marts are sums of int_member_days: every
    measure, member by member and period by period, must agree exactly.
    Returns the member-periods that disagree. After an incremental build,
    the periods its change set rebuilt; else every period.
#}
{% set measures = member_day_measures() %}
{#- after an incremental build, the periods it rebuilt (decision 33) -#}
{% set scoped = built_incrementally([
    'int_member_days', 'int_member_capacity_weekly',
    'int_member_utilization_monthly',
]) %}

with

{% for grain, mart, model, period in [
    ('week_start', 'weekly', 'fct_member_capacity_weekly', 'week'),
    ('month_start', 'monthly', 'fct_member_utilization_monthly', 'month'),
] %}
    {{ mart }} as (
        select {{ mart }}.*
        from {{ rows_in_changed_periods(
            ref(model), ref('int_changed_member_months'), period,
            'team_member_id', grain, calendar=ref('int_calendar_days'),
            scoped=scoped,
        ) }} as {{ mart }}
    ),

    daily_by_{{ grain }} as (
        select
            member_days.team_member_id,
            {% for measure in measures %}
                sum(member_days.{{ measure }}) as {{ measure }},
            {% endfor %}
            member_days.{{ grain }} as period_start
        from {{ rows_in_changed_periods(
            ref('int_member_days'), ref('int_changed_member_months'), period,
            'team_member_id', 'calendar_on',
            calendar=ref('int_calendar_days'), scoped=scoped,
        ) }} as member_days
        group by member_days.team_member_id, member_days.{{ grain }}
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
