{#
    on-run-end: takes from PUBLIC (every role, the readers of the policy
    among them) the ways PostgreSQL gives everyone to store data in a
    database: temporary tables, and the large-object functions
    (lo_from_bytea and the others that create or write one). It also takes
    back any right PUBLIC was given on the project's schemas and their
    relations (a var that once named PUBLIC must not leave its grants).
    The dbt user keeps TEMP (the period increments use temporary tables).
    Only the database owner or a superuser may do this; anyone else gets a
    notice naming what an administrator should revoke (docs/reliability.md).
#}
{% macro revoke_public_writes() -%}
    {{ return(adapter.dispatch('revoke_public_writes')()) }}
{%- endmacro %}

{% macro postgres__revoke_public_writes() -%}
    {%- set schemas = [
        'app', 'simulator', 'reference', 'staging', 'quality', 'snapshots',
        'intermediate', 'marts', 'restricted',
    ] -%}
    {%- set large_object_writers = [
        'lo_creat(integer)', 'lo_create(oid)', 'lo_from_bytea(oid, bytea)',
        'lo_import(text)', 'lo_import(text, oid)', 'lo_open(oid, integer)',
        'lowrite(integer, bytea)', 'lo_put(oid, bigint, bytea)',
        'lo_truncate(integer, integer)', 'lo_truncate64(integer, bigint)',
        'lo_unlink(oid)',
    ] -%}
    {%- if execute -%}
        do $revoke_public_writes$
        begin
        {%- for schema in schemas %}
            if exists (
                select from pg_catalog.pg_namespace where nspname = '{{ schema }}'
            ) then
                revoke all on schema {{ adapter.quote(schema) }} from public;
                revoke all on all tables in schema {{ adapter.quote(schema) }} from public;
            end if;
        {%- endfor %}
            if (
                select r.rolsuper or d.datdba = r.oid
                from pg_catalog.pg_roles as r
                cross join pg_catalog.pg_database as d
                where r.rolname = current_user and d.datname = current_database()
            ) then
                execute format(
                    'grant temporary on database %I to %I',
                    current_database(), current_user
                );
                execute format(
                    'revoke temporary on database %I from public',
                    current_database()
                );
                {%- for function in large_object_writers %}
                revoke execute on function pg_catalog.{{ function }} from public;
                {%- endfor %}
            else
                raise notice '%', 'PUBLIC keeps TEMP and the large-object functions on this'
                    ' database: the dbt user is not its owner; an administrator should revoke'
                    ' them (docs/reliability.md)';
            end if;
        end
        $revoke_public_writes$
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}

{# Spark: no PUBLIC role to revoke from (see spark__create_roles). #}
{% macro spark__revoke_public_writes() -%}{%- endmacro %}
