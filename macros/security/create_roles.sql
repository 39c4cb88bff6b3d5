{#
    The roles of the authorization policy (decision 18), created if missing:
    the analyst, dashboard and finance roles named by the vars. Runs from
    on-run-start, so grants in model configs always name existing roles.
    Idempotent, and safe when two runs race to create the same role.
    The roles may log in; they get no password here: the embedded
    warehouse gives each one in its owner-only pgpass file (decision 27),
    elsewhere an administrator sets one (ALTER ROLE ... PASSWORD) or maps
    the role to a login. policy_roles() names them.
#}
{% macro policy_roles() -%}
    {#- the defaults are also in dbt_project.yml's grants -#}
    {{ return({
        'analyst_role': var('analyst_role', 'headroom_analyst'),
        'dashboard_role': var('dashboard_role', 'headroom_dashboard'),
        'finance_role': var('finance_role', 'headroom_finance'),
    }) }}
{%- endmacro %}

{% macro create_roles() -%}
    {{ return(adapter.dispatch('create_roles')()) }}
{%- endmacro %}

{% macro postgres__create_roles() -%}
    {%- if execute -%}
        do $create_roles$
        begin
        {%- for role in policy_roles().values() %}
            if not exists (
                select from pg_catalog.pg_roles where rolname = '{{ role }}'
            ) then
                begin
                    create role {{ adapter.quote(role) }}
                        login nosuperuser nocreatedb nocreaterole noinherit;
                exception
                    when duplicate_object then null;
                    when insufficient_privilege then
                        raise exception using message = format(
                            'role %s does not exist and %s may not create roles:'
                            ' ask an administrator to create it (README: Use your own PostgreSQL)',
                            '{{ role }}', current_user
                        );
                end;
            end if;
        {%- endfor %}
        end
        $create_roles$
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}

{# Spark (docs/scale-out.md): no roles in a session; a cluster's catalog
   (Unity Catalog, Ranger) owns its own grants. #}
{% macro spark__create_roles() -%}{%- endmacro %}
