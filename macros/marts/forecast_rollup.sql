{#
    The monthly forecast rolled up for the dashboard by the month and
    `keys` (a list of [expression, name] over `forecast`, the relation of
    int_revenue_forecast_monthly, and `projects`, that of int_projects): how many projects, and
    every amount of forecast_amounts summed to the cent. The rollups by
    type and by client are this select with their own keys.
#}
{% macro forecast_rollup(forecast, projects, keys) -%}
    select
        forecast.month_start,
        {% for expression, name in keys %}
            {{ expression }} as {{ name }},
        {% endfor %}
        bool_and(forecast.is_future_month) as is_future_month,
        count(*) as project_count,
        {% for amount in forecast_amounts() %}
            cast(sum(forecast.{{ amount }}) as numeric(16, 2)) as {{ amount }}
            {%- if not loop.last %},{% endif %}
        {% endfor %}
    from {{ forecast }} as forecast
    inner join {{ projects }} as projects
        on forecast.project_id = projects.project_id
    group by
        forecast.month_start
        {%- for expression, name in keys %}, {{ expression }}{% endfor %}
{%- endmacro %}
