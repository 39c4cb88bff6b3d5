{#
    The pre-hook of the histories the warehouse keeps (forecast_versions,
    role_demand_versions): a second build as of the same day first forgets
    what the first recorded for that day, so recording is idempotent per
    as-of day (decision 32). Runs in the model's
    transaction: a build that fails forgets nothing.
#}
{% macro forget_versions_of_the_day() -%}
    {%- if execute and load_relation(this) is not none -%}
        delete from {{ this }} where as_of_on = {{ as_of_date() }}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
