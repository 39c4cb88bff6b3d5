{#
    A select of one row, window_start_on and window_end_on: the days the
    member grain and the people marts cover, from the first day anything
    was planned or worked (`actuals`: int_actuals_priced, `allocation_days`:
    int_allocation_days), or the as-of day if earlier, to the forecast
    horizon. The change set and the models it feeds compute it alike.
#}
{% macro member_window(actuals, allocation_days) -%}
    select
        least(
            (select min(worked_on) from {{ actuals }}),
            (select min(planned_on) from {{ allocation_days }}),
            {{ as_of_date() }}
        ) as window_start_on,
        {{ forecast_horizon_end() }} as window_end_on
{%- endmacro %}
