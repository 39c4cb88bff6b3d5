{#
    The ISO weeks role supply and demand covers, as a condition on a week
    start: from the week of the as-of day, var('staffing_weeks_ahead')
    weeks (decision 49).
#}
{% macro in_staffing_weeks(week_start) -%}
    (
        {{ week_start }}
        >= cast({{ dbt.date_trunc('week', as_of_date()) }} as date)
        and {{ week_start }} < cast(
            {{ dbt.dateadd(
                'day', (var('staffing_weeks_ahead') | int) * 7,
                dbt.date_trunc('week', as_of_date()),
            ) }} as date
        )
    )
{%- endmacro %}
