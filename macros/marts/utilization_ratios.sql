{#
    The utilization ratios of a period, from its summed measures (`alias`
    has billable_hours, chargeable_hours, actual_hours, capacity_to_date_hours,
    planned_billable_hours_after_as_of and capacity_hours; none for bare
    column names): worked hours
    over the capacity up to the as-of day (null for a period after it):
    billable (Billable projects), chargeable (client work: Billable and
    Support, Fixed Fee too; the role's target is set against it) and
    total (all hours); and
    the expected billable utilization over the whole period's capacity. The
    member marts and their team rollups use this one definition.
#}
{% macro utilization_ratios(alias=none) -%}
    {%- set alias = (alias ~ '.') if alias else '' -%}
    {{ safe_ratio(
        alias ~ 'billable_hours', alias ~ 'capacity_to_date_hours'
    ) }} as billable_utilization,
    {{ safe_ratio(
        alias ~ 'chargeable_hours', alias ~ 'capacity_to_date_hours'
    ) }} as chargeable_utilization,
    {{ safe_ratio(
        alias ~ 'actual_hours', alias ~ 'capacity_to_date_hours'
    ) }} as total_utilization,
    {{ safe_ratio(
        alias ~ 'billable_hours + '
        ~ alias ~ 'planned_billable_hours_after_as_of',
        alias ~ 'capacity_hours',
    ) }} as expected_billable_utilization
{%- endmacro %}
