{#
    A select of the periods the change set `changes` (a relation with the
    column `key` and month_start, first_day, last_day: int_changed_member_months
    or int_changed_project_months) asks to rebuild: key_id, period_start and period_end (exclusive), by month
    (each changed month whole), by week (every week overlapping the changed
    days of a month: pass `calendar`, the int_calendar_days relation) or
    by day (the changed days themselves: first_day to last_day).
#}
{% macro changed_periods(changes, grain, key, calendar=none) -%}
    {%- if grain == 'month' -%}
        select
            changes.{{ key }} as key_id,
            changes.month_start as period_start,
            cast(changes.month_start + interval '1 month' as date)
                as period_end
        from {{ changes }} as changes
    {%- elif grain == 'week' -%}
        {%- if calendar is none -%}
            {{ exceptions.raise_compiler_error(
                "changed_periods by week needs calendar=ref('int_calendar_days')"
            ) }}
        {%- endif -%}
        select distinct
            changes.{{ key }} as key_id,
            calendar.week_start as period_start,
            calendar.week_start + 7 as period_end
        from {{ changes }} as changes
        inner join {{ calendar }} as calendar
            on calendar.calendar_on between changes.first_day and changes.last_day
    {%- elif grain == 'day' -%}
        select
            changes.{{ key }} as key_id,
            changes.first_day as period_start,
            changes.last_day + 1 as period_end
        from {{ changes }} as changes
    {%- else -%}
        {{ exceptions.raise_compiler_error(
            "changed_periods knows grains 'month', 'week' and 'day', not "
            ~ grain
        ) }}
    {%- endif -%}
{%- endmacro %}
