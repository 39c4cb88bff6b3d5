{#
    The quality flags of an actuals row, in the order they are counted
    (int_actuals_priced computes them; fct_actuals carries them). One list,
    so the score, the mirror test and the docs cannot drift apart.
#}
{% macro actuals_quality_flags() -%}
    {{ return([
        'is_unpriced',
        'is_uncosted',
        'is_backfilled',
        'is_edited_after_week_closed',
        'is_on_time_off',
        'is_on_day_off',
    ]) }}
{%- endmacro %}
