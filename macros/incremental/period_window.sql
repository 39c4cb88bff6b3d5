{#
    A select of one row, window_start_on and window_end_on: the days the
    period models cover. 'member' (the member grain and the people marts):
    from the first day anything was planned or worked (or the as-of day, if
    earlier) to the forecast horizon. 'forecast' (the revenue forecast):
    from the month of the first day anything was worked or a support fee
    was due (or the as-of month) to the forecast horizon. The change set
    and the models it feeds compute it alike.
#}
{% macro period_window(window) -%}
    {%- if window == 'member' -%}
        select
            least(
                (select min(worked_on) from {{ ref('int_actuals_priced') }}),
                (select min(planned_on) from {{ ref('int_allocation_days') }}),
                {{ as_of_date() }}
            ) as window_start_on,
            {{ forecast_horizon_end() }} as window_end_on
    {%- elif window == 'forecast' -%}
        {%- set first_day -%}
            least(
                (select min(worked_on) from {{ ref('int_actuals_priced') }}),
                (
                    select min(month_start)
                    from {{ ref('int_support_fee_months') }}
                ),
                {{ as_of_date() }}
            )
        {%- endset %}
        select
            {{ month_start_of(first_day) }} as window_start_on,
            {{ forecast_horizon_end() }} as window_end_on
    {%- else -%}
        {{ exceptions.raise_compiler_error(
            "period_window knows 'member' and 'forecast', not " ~ window
        ) }}
    {%- endif -%}
{%- endmacro %}
