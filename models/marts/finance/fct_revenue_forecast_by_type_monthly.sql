{#
    The monthly forecast rolled up by project type, for dashboards: billable
    work and support contracts side by side, the same amounts to the cent.
#}
{{
    config(
        indexes=[{'columns': ['month_start']}],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

forecast as (
    select * from {{ ref('int_revenue_forecast_monthly') }}
),

projects as (
    select * from {{ ref('int_projects') }}
),

final as (
    select
        forecast.month_start,
        projects.project_type_name,
        forecast.revenue_treatment,
        bool_and(forecast.is_future_month) as is_future_month,
        count(*) as project_count,
        {% for amount in forecast_amounts() %}
            cast(sum(forecast.{{ amount }}) as numeric(16, 2)) as {{ amount }}
            {%- if not loop.last %},{% endif %}
        {% endfor %}
    from forecast
    inner join projects
        on forecast.project_id = projects.project_id
    group by 1, 2, 3
)

select * from final
order by 1, 2, 3
