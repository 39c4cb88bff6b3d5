{#
    Schema usage of the authorization policy (decision 18), granted after
    every run (models grant select on themselves through their `grants`
    config): marts to all three roles, quality to the analyst, restricted to
    finance, monitoring (the run history) to the analyst and the dashboard.
    Usage on every other schema of the project is revoked from
    them, so a grant made by hand does not outlive the next run. Schemas
    that do not exist yet (a partial first run) are skipped. The
    reconciliation's stored rows (quality.dq_reconciliation_gaps, a test's
    table, which has no grants config) are granted to the analyst here.
#}
{% macro grant_schema_usage() -%}
    {{ return(adapter.dispatch('grant_schema_usage')()) }}
{%- endmacro %}

{% macro postgres__grant_schema_usage() -%}
    {%- set analyst = policy_roles()['analyst_role'] -%}
    {%- set dashboard = policy_roles()['dashboard_role'] -%}
    {%- set finance = policy_roles()['finance_role'] -%}
    {%- set readers = {
        'marts': [analyst, dashboard, finance],
        'quality': [analyst],
        'monitoring': [analyst, dashboard],
        'restricted': [finance],
        'staging': [],
        'intermediate': [],
        'reference': [],
        'snapshots': [],
        'app': [],
    } -%}
    {%- if execute -%}
        do $grant_schema_usage$
        begin
        {%- for schema, roles in readers.items() %}
            if exists (
                select from pg_catalog.pg_namespace where nspname = '{{ schema }}'
            ) then
            {%- for role in [analyst, dashboard, finance] %}
                {%- if role in roles %}
                grant usage on schema {{ adapter.quote(schema) }} to {{ adapter.quote(role) }};
                {%- else %}
                revoke all on schema {{ adapter.quote(schema) }} from {{ adapter.quote(role) }};
                {%- endif %}
            {%- endfor %}
            end if;
        {%- endfor %}
            -- the rows a reconciliation test stored (store_failures, decision
            -- 39) are quarantine for the analyst: tests have no grants config
            if to_regclass('quality.dq_reconciliation_gaps') is not null then
                grant select on quality.dq_reconciliation_gaps
                to {{ adapter.quote(analyst) }};
            end if;
        end
        $grant_schema_usage$
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}

{# Spark: no roles to grant to (see spark__create_roles). #}
{% macro spark__grant_schema_usage() -%}{%- endmacro %}
