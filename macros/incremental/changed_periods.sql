{#
    A select of the periods a change set asks to rebuild: key_id,
    period_start and period_end (exclusive), by month (each changed month
    whole), by week (every week overlapping the changed days of a month) or
    by day (the changed days themselves: first_day to last_day).
#}
{% macro changed_periods(changes, grain) -%}
    {%- set key = period_entity(changes)['key'] -%}
    {%- if grain == 'month' -%}
        select
            changes.{{ key }} as key_id,
            changes.month_start as period_start,
            cast(changes.month_start + interval '1 month' as date)
                as period_end
        from {{ ref(changes) }} as changes
    {%- elif grain == 'week' -%}
        select distinct
            changes.{{ key }} as key_id,
            calendar.week_start as period_start,
            calendar.week_start + 7 as period_end
        from {{ ref(changes) }} as changes
        inner join {{ ref('int_calendar_days') }} as calendar
            on calendar.calendar_on between changes.first_day and changes.last_day
    {%- elif grain == 'day' -%}
        select
            changes.{{ key }} as key_id,
            changes.first_day as period_start,
            changes.last_day + 1 as period_end
        from {{ ref(changes) }} as changes
    {%- else -%}
        {{ exceptions.raise_compiler_error(
            "changed_periods knows grains 'month', 'week' and 'day', not "
            ~ grain
        ) }}
    {%- endif -%}
{%- endmacro %}
