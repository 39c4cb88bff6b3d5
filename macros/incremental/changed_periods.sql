{#
    A select of the periods a change set asks to rebuild: key_id,
    period_start and period_end (exclusive), by month or by week (every
    week overlapping a changed month).
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
            on calendar.month_start = changes.month_start
    {%- else -%}
        {{ exceptions.raise_compiler_error(
            "changed_periods knows grains 'month' and 'week', not " ~ grain
        ) }}
    {%- endif -%}
{%- endmacro %}
