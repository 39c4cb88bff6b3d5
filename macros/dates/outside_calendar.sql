{#
    True when a day (or any of several days) lies outside the warehouse's
    calendar (vars calendar_start..calendar_end): 1900, or 2016 typed for
    2026. Such a row is quarantined as date_out_of_range, soft-deleted or
    not, so no model meets a day the calendar cannot place.
#}
{% macro outside_calendar(days) -%}
    (
        {%- for day in days %}
            {{ day }} < cast('{{ var("calendar_start") }}' as date)
            or {{ day }} > cast('{{ var("calendar_end") }}' as date)
            {%- if not loop.last %} or{% endif %}
        {%- endfor %}
    )
{%- endmacro %}
