{#
    The declared keys (`declared_cte`: schema_name, table_name,
    key_columns, one row per key; `declared`: the same as a list) that the
    warehouse does not hold, for assert_declared_keys_are_enforced.
    PostgreSQL: a key with no unique index on exactly its columns (the
    index refuses duplicates at build time). Spark enforces no key: a key
    whose columns hold a duplicate.
#}
{% macro declared_keys_broken(declared_cte, declared) -%}
    {{ return(adapter.dispatch('declared_keys_broken')(declared_cte, declared)) }}
{%- endmacro %}

{% macro postgres__declared_keys_broken(declared_cte, declared) -%}
    select {{ declared_cte }}.*
    from {{ declared_cte }}
    where not exists (
        select 1
        from (
            select
                namespaces.nspname as schema_name,
                tables.relname as table_name,
                string_agg(columns.attname, ',' order by columns.attname)
                    as key_columns
            from pg_catalog.pg_index as indexes
            inner join pg_catalog.pg_class as tables
                on indexes.indrelid = tables.oid
            inner join pg_catalog.pg_namespace as namespaces
                on tables.relnamespace = namespaces.oid
            cross join lateral unnest(indexes.indkey) as keys (attnum)
            inner join pg_catalog.pg_attribute as columns
                on
                    tables.oid = columns.attrelid
                    and keys.attnum = columns.attnum
            where indexes.indisunique and indexes.indpred is null
            group by namespaces.nspname, tables.relname, indexes.indexrelid
        ) as unique_indexes
        where
            unique_indexes.schema_name = {{ declared_cte }}.schema_name
            and unique_indexes.table_name = {{ declared_cte }}.table_name
            and unique_indexes.key_columns = {{ declared_cte }}.key_columns
    )
{%- endmacro %}

{% macro spark__declared_keys_broken(declared_cte, declared) -%}
    {%- for schema_name, table_name, key_columns in declared %}
        {% if not loop.first %}union all {% endif -%}
        select
            '{{ schema_name }}' as schema_name,
            '{{ table_name }}' as table_name,
            '{{ key_columns }} (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from {{ schema_name }}.{{ table_name }}
            group by {{ key_columns }}
            having count(*) > 1
            limit 1
        ) as duplicates
    {%- else %}
        select schema_name, table_name, key_columns
        from {{ declared_cte }}
        where false
    {%- endfor %}
{%- endmacro %}
