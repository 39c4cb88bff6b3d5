{#
    The additive amounts of the monthly forecast (int_revenue_forecast_monthly):
    the dashboard rollups by type and by client sum exactly these, and
    assert_rollups_sum_to_their_marts holds them to the project mart.
#}
{% macro forecast_amounts() -%}
    {{ return([
        'actual_hours', 'actual_revenue_usd', 'actual_cost_usd',
        'forecast_hours', 'forecast_revenue_usd', 'forecast_cost_usd',
        'weighted_forecast_revenue_usd', 'weighted_forecast_cost_usd',
        'unstaffed_forecast_hours', 'unstaffed_weighted_forecast_revenue_usd',
        'unstaffed_weighted_forecast_cost_usd',
        'unpriced_hours', 'uncosted_hours',
    ]) }}
{%- endmacro %}
