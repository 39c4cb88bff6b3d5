{#
    The additive measures of the daily member grain (int_member_days): the
    weekly and monthly marts sum exactly these, and
    assert_periods_sum_to_daily_grain holds them to it.
#}
{% macro member_day_measures() -%}
    {{ return([
        'capacity_hours',
        'capacity_to_date_hours',
        'time_off_hours',
        'planned_hours',
        'planned_confirmed_hours',
        'planned_tentative_hours',
        'planned_on_hold_hours',
        'planned_billable_hours',
        'planned_billable_hours_after_as_of',
        'time_off_conflict_hours',
        'stale_planned_hours',
        'actual_hours',
        'billable_hours',
        'chargeable_hours',
    ]) }}
{%- endmacro %}
