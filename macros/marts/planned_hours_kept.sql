{#
    The planned hours of one allocation day that time off leaves: the hours
    shrink in the same proportion as the member's capacity that day
    (`ratio`, int_member_days.plan_kept_ratio: 1 without time off, 0 on a
    full day off), rounded to the cent of an hour per allocation day. The
    people marts and the forecast both sum this one expression, so their
    planned hours agree to the cent. What it cuts is
    time_off_conflict_hours.
#}
{% macro planned_hours_kept(hours, ratio) -%}
    round({{ hours }} * {{ ratio }}, 2)
{%- endmacro %}
