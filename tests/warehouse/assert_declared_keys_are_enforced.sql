{#
    Every key the project declares (a primary_key or unique constraint in a
    contract, or a unique index in a model's config) exists in the database
    as a unique index on exactly those columns. PostgreSQL then refuses a
    duplicate at build time, so no data test repeats the check (decision
    21); this test makes sure the guarantee it relies on is really there.
    Spark enforces no key, so there the test looks for duplicates of each
    declared key instead (declared_keys_broken, decision 38).
    Returns each declared key with no such index: an incremental model
    built before its key was declared needs `dbt build --full-refresh
    --select <model>` once. It runs after every model it checks: a model
    with a declared key that is missing from the list below is returned too.
    A Slim CI build checks the models it made, and production's others
    (read_schema).
#}
-- depends_on: {{ ref('base_app__actuals') }}
-- depends_on: {{ ref('dim_projects') }}
-- depends_on: {{ ref('dim_team_member_rates') }}
-- depends_on: {{ ref('dim_team_members') }}
-- depends_on: {{ ref('fct_actuals') }}
-- depends_on: {{ ref('int_actuals_priced') }}
-- depends_on: {{ ref('fct_forecast_accuracy_monthly') }}
-- depends_on: {{ ref('fct_member_headroom_ahead') }}
-- depends_on: {{ ref('forecast_versions') }}
-- depends_on: {{ ref('role_demand_versions') }}
-- depends_on: {{ ref('fixed_fee_recognized_months') }}
-- depends_on: {{ ref('fct_fixed_fee_contracts') }}
-- depends_on: {{ ref('int_fixed_fee_progress_monthly') }}
-- depends_on: {{ ref('int_member_capacity_weekly') }}
-- depends_on: {{ ref('int_member_utilization_monthly') }}
-- depends_on: {{ ref('fct_project_budget_burn') }}
-- depends_on: {{ ref('fct_project_portfolio') }}
-- depends_on: {{ ref('int_project_budget_burn_monthly') }}
-- depends_on: {{ ref('fct_project_status_history') }}
-- depends_on: {{ ref('fct_revenue_forecast_by_type_monthly') }}
-- depends_on: {{ ref('fct_revenue_forecast_by_client_monthly') }}
-- depends_on: {{ ref('fct_member_utilization_running') }}
-- depends_on: {{ ref('fct_role_supply_demand_weekly') }}
-- depends_on: {{ ref('fct_unstaffed_demand_weekly') }}
-- depends_on: {{ ref('int_revenue_forecast_monthly') }}
-- depends_on: {{ ref('fct_team_capacity_weekly') }}
-- depends_on: {{ ref('fct_team_utilization_monthly') }}
-- depends_on: {{ ref('int_allocation_days') }}
-- depends_on: {{ ref('int_calendar_days') }}
-- depends_on: {{ ref('int_fx_rates_monthly') }}
-- depends_on: {{ ref('int_member_days') }}
-- depends_on: {{ ref('time_spine_daily') }}

{%- set declared = [] -%}
{%- set missing_dependencies = [] -%}
{%- if execute -%}
    {%- for node in graph.nodes.values() if node.resource_type == 'model'
        and node.config.materialized in ('table', 'incremental') -%}
        {%- set keys = [] -%}
        {%- for column in node.columns.values() -%}
            {%- for constraint in column.constraints
                if constraint.type in ('primary_key', 'unique') -%}
                {%- do keys.append([column.name]) -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- for constraint in node.constraints
            if constraint.type in ('primary_key', 'unique') -%}
            {%- do keys.append(constraint.columns) -%}
        {%- endfor -%}
        {%- for index in node.config.indexes or [] if index.unique -%}
            {%- do keys.append(index.columns) -%}
        {%- endfor -%}
        {%- for key in keys -%}
            {%- do declared.append((read_schema(node), node.alias, key | sort | join(','))) -%}
        {%- endfor -%}
        {%- if keys and node.unique_id not in model.depends_on.nodes -%}
            {%- do missing_dependencies.append(node.name) -%}
        {%- endif -%}
    {%- endfor -%}
{%- endif %}

with

declared (schema_name, table_name, key_columns) as (
    {%- for schema_name, table_name, key_columns in declared %}
        {% if not loop.first %}union all {% endif -%}
        select
            '{{ schema_name }}',
            '{{ table_name }}',
            '{{ key_columns }}'
    {%- else %}
        select
            cast(null as {{ dbt.type_string() }}),
            cast(null as {{ dbt.type_string() }}),
            cast(null as {{ dbt.type_string() }})
        where false
    {%- endfor %}
),

-- a model this test would check before it is built
unlisted (schema_name, table_name, key_columns) as (
    {%- for name in missing_dependencies %}
        {% if not loop.first %}union all {% endif -%}
        select
            'add to the depends_on lines of this test',
            '{{ name }}',
            cast(null as {{ dbt.type_string() }})
    {%- else %}
        select
            cast(null as {{ dbt.type_string() }}),
            cast(null as {{ dbt.type_string() }}),
            cast(null as {{ dbt.type_string() }})
        where false
    {%- endfor %}
),

final as (
    select * from unlisted
    union all
    {{ declared_keys_broken('declared', declared) }}
)

select * from final
