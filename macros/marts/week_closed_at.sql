{#
    When the timesheet week of a day closes: the end of the Monday after
    its ISO week (the day after the week's last Sunday, UTC), the day
    timesheets are due. An actuals row edited at or after it was edited
    after the week closed.
#}
{% macro week_closed_at(day) -%}
    {{ at_utc(
        'cast(' ~ dbt.dateadd('day', 8, dbt.date_trunc('week', day))
        ~ ' as timestamp)'
    ) }}
{%- endmacro %}
