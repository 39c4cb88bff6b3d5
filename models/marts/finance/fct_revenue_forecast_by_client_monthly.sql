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

final as (
    {{ forecast_rollup(
        ref('int_revenue_forecast_monthly'), ref('int_projects'), [
        ['projects.project_type_name', 'project_type_name'],
        ['forecast.revenue_treatment', 'revenue_treatment'],
        ["coalesce(projects.client_name, '(internal)')", 'client_name'],
    ]) }}
)

select * from final
order by month_start, project_type_name, revenue_treatment, client_name
