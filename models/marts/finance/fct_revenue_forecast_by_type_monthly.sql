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

final as (
    {{ forecast_rollup(
        ref('int_revenue_forecast_monthly'), ref('int_projects'), [
        ['projects.project_type_name', 'project_type_name'],
        ['forecast.revenue_treatment', 'revenue_treatment'],
    ]) }}
)

select * from final
order by month_start, project_type_name, revenue_treatment
