{#
    The pre-hook of the histories the warehouse keeps (forecast_versions,
    role_demand_versions, fixed_fee_recognized_months): a second build as
    of the same day first forgets what the first recorded for that day, so
    recording is idempotent per as-of day (decision 32); `also_where`, a
    condition on the history's columns, forgets more (rows a later build
    supersedes). Runs in the model's transaction: a build that fails
    forgets nothing.
#}
{% macro forget_versions_of_the_day(also_where=none) -%}
    {%- if execute and load_relation(this) is not none -%}
        delete from {{ this }} where as_of_on = {{ as_of_date() }}
        {%- if also_where %} or ({{ also_where }}){% endif %}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
