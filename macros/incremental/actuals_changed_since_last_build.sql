{#
    The input filter of both incremental actuals models (int_actuals_priced
    and fct_actuals, decision 33): changed_since_last_build with the
    parents whose stamps re-read an actuals row (actuals_parents). One
    rule, so the two models always re-read the same rows.
#}
{% macro actuals_changed_since_last_build(alias) -%}
    {{ changed_since_last_build(alias, actuals_parents()) }}
{%- endmacro %}
