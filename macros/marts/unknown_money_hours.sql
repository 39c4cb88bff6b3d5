{#
    Inside an aggregation: the hours whose money is unknown, counted
    beside the sums of the known amounts. unpriced_hours are Billable
    (time_and_materials) hours with a null revenue_usd; uncosted_hours are
    hours with a null cost_usd. `hours` names the hours column; the rows
    have revenue_treatment, revenue_usd and cost_usd.
#}
{% macro unknown_money_hours(hours) -%}
    coalesce(
        sum({{ hours }}) filter (
            where revenue_treatment = 'time_and_materials'
            and revenue_usd is null
        ),
        0
    ) as unpriced_hours,
    coalesce(sum({{ hours }}) filter (where cost_usd is null), 0)
        as uncosted_hours
{%- endmacro %}
