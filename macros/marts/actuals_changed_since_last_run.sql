{#
    The input filter of both incremental actuals models (int_actuals_priced
    and fct_actuals): the rows changed_since_last_run selects, the rows
    after the newest day already held (rows the as-of day has just let in),
    and the rows of a member whose time off changed (their quality flag
    is_on_time_off may have moved). One rule, so the two models always
    re-read the same rows.
#}
{% macro actuals_changed_since_last_run(alias) -%}
    {#- outside the if, so dbt sees the dependency when it parses -#}
    {%- set time_off = ref('stg_app__time_off') -%}
    {%- set newest_day_held -%}
        (
            select coalesce(max(held.worked_on), '1900-01-01')
            from {{ this }} as held
        )
    {%- endset -%}
    {%- set also -%}
        {{ alias }}.worked_on > {{ newest_day_held }}
        or {{ alias }}.team_member_id in (
            select changed_time_off.team_member_id
            from {{ time_off }} as changed_time_off
            where changed_time_off.staged_at > {{ staged_watermark() }}
        )
    {%- endset -%}
    {{ changed_since_last_run(alias, also=also) }}
{%- endmacro %}
