{#
    The part of a date range that falls in one month, as the columns
    first_day and last_day: the range's days clipped to `month_start`'s
    month (a change set lists the days of each month a staged or moved
    row touches). The month's row is joined as `months` unless another
    month_start is given.
#}
{% macro month_slice_of_range(
    starts_on, ends_on, month_start='months.month_start'
) -%}
    greatest({{ starts_on }}, {{ month_start }}) as first_day,
    least(
        {{ ends_on }},
        {{ dbt.last_day(month_start, 'month') }}
    ) as last_day
{%- endmacro %}
