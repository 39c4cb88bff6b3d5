{#
    The input filter of both incremental actuals models (fct_actuals_priced
    and fct_actuals): the rows changed_since_last_run selects, and the rows
    after the newest day already held (rows the as-of day has just let in).
    One rule, so the two models always re-read the same rows.
#}
{% macro actuals_changed_since_last_run(alias) -%}
    {%- set newest_day_held -%}
        (
            select coalesce(max(held.worked_on), '1900-01-01')
            from {{ this }} as held
        )
    {%- endset -%}
    {{ changed_since_last_run(
        alias, also=alias ~ '.worked_on > ' ~ newest_day_held,
    ) }}
{%- endmacro %}
