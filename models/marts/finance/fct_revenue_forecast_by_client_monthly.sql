{#
    The monthly forecast rolled up by client, for the forecast page's "where
    the year lands": a year is a few hundred rows here instead of every
    project's months (decision 48). Projects without a client (Internal
    work) are under '(internal)'. The same amounts to the cent as the
    project mart (assert_rollups_sum_to_their_marts).
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
        coalesce(projects.client_name, '(internal)') as client_name,
        bool_and(forecast.is_future_month) as is_future_month,
        count(*) as project_count,
        {% for amount in forecast_amounts() %}
            cast(sum(forecast.{{ amount }}) as numeric(16, 2)) as {{ amount }}
            {%- if not loop.last %},{% endif %}
        {% endfor %}
    from forecast
    inner join projects
        on forecast.project_id = projects.project_id
    group by 1, 2, 3, 4
)

select * from final
order by 1, 2, 3, 4
