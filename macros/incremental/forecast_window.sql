{#
    A select of one row, window_start_on and window_end_on: the days the
    revenue forecast covers, from the month of the first day anything was
    worked (`actuals`: int_actuals_priced) or a support fee was due
    (`support_fee_months`: int_support_fee_months), or the as-of month, to
    the forecast horizon. The change set and the model it feeds compute it
    alike.
#}
{% macro forecast_window(actuals, support_fee_months) -%}
    {%- set first_day -%}
        least(
            (select min(worked_on) from {{ actuals }}),
            (
                select min(month_start)
                from {{ support_fee_months }}
            ),
            {{ as_of_date() }}
        )
    {%- endset %}
    select
        {{ month_start_of(first_day) }} as window_start_on,
        {{ forecast_horizon_end() }} as window_end_on
{%- endmacro %}
