{#
    The dashboard rollups hold the same totals as the marts they roll up,
    period by period and measure by measure (money to the cent). Returns
    the periods and measures that disagree.
#}
{%- set pairs = [
    ('fct_team_capacity_weekly', 'fct_member_capacity_weekly', 'week_start',
     member_day_measures() + ['headroom_hours']),
    ('fct_team_utilization_monthly', 'fct_member_utilization_monthly',
     'month_start', member_day_measures() + ['target_chargeable_hours']),
    ('fct_revenue_forecast_by_type_monthly', 'fct_revenue_forecast_monthly',
     'month_start', forecast_amounts()),
    ('fct_revenue_forecast_by_client_monthly', 'fct_revenue_forecast_monthly',
     'month_start', forecast_amounts()),
] %}

with

{% for rollup, mart, period, measures in pairs %}
    {% for side, model in [('rollup', rollup), ('mart', mart)] %}
        totals_{{ rollup }}_{{ side }} as (
            select
                {{ period }} as period_start,
                {% for measure in measures %}
                    coalesce(sum({{ measure }}), 0) as {{ measure }},
                {% endfor %}
                count(*) as row_count
            from {{ ref(model) }}
            group by {{ period }}
        ),
    {% endfor %}

    diff_{{ rollup }} as (
        {% for measure in measures %}
            select
                '{{ rollup }}' as rollup_name,
                '{{ measure }}' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.{{ measure }} as rollup_total,
                m.{{ measure }} as mart_total
            from totals_{{ rollup }}_rollup as r
            full outer join totals_{{ rollup }}_mart as m
                on r.period_start = m.period_start
            where
                r.{{ measure }} is distinct from m.{{ measure }}
            {% if not loop.last %}union all{% endif %}
        {% endfor %}
    ),

{% endfor %}

final as (
    {% for rollup, mart, period, measures in pairs %}
        select * from diff_{{ rollup }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select * from final
