{#
    The configuration of a model incremental on PostgreSQL (its strategy,
    key, indexes and the hooks of decisions 22, 25 and 33), given whole.
    PostgreSQL takes it as it is. On Spark (decision 38) a model that can
    be rebuilt is rebuilt whole on every run, as an Iceberg table: the
    change sets, stamps and delete hooks are PostgreSQL SQL written for its
    planner, and a cluster rebuilds these tables in minutes. A model that
    cannot be rebuilt (full_refresh=false: a history) stays incremental
    there, merged into its Iceberg table on its unique index's columns;
    its hooks stay. {{ config(**incremental_config({...})) }}
#}
{% macro incremental_config(config) -%}
    {{ return(adapter.dispatch('incremental_config')(config)) }}
{%- endmacro %}

{% macro postgres__incremental_config(config) -%}
    {{ return(config) }}
{%- endmacro %}

{% macro spark__incremental_config(config) -%}
    {%- if config.get('full_refresh') is sameas false -%}
        {%- set merged = config.copy() -%}
        {%- set keys = config.get('indexes', [])
            | selectattr('unique') | map(attribute='columns') | list -%}
        {%- do merged.update({
            'incremental_strategy': 'merge', 'unique_key': keys[0],
        }) -%}
        {{ return(merged) }}
    {%- endif -%}
    {#- the indexes stay: dbt-spark ignores them, and they declare the keys
        that assert_declared_keys_are_enforced checks on Spark too -#}
    {{ return({'materialized': 'table', 'indexes': config.get('indexes', [])}) }}
{%- endmacro %}

{#
    True where models are built incrementally: PostgreSQL. On Spark every
    model is rebuilt whole (incremental_config), so a change set lists
    nothing (empty_change_set) and its SQL, written for PostgreSQL's
    planner, is not sent.
#}
{% macro builds_incrementally() -%}
    {{ return(adapter.dispatch('builds_incrementally')()) }}
{%- endmacro %}

{% macro postgres__builds_incrementally() -%}
    {{ return(true) }}
{%- endmacro %}

{% macro spark__builds_incrementally() -%}
    {{ return(false) }}
{%- endmacro %}

{#
    A change set with no rows, keyed by the column `key`:
    what a change set is where every build rebuilds every period.
#}
{% macro empty_change_set(key) -%}
    select
        cast(null as bigint) as {{ key }},
        cast(null as date) as month_start,
        cast(null as date) as first_day,
        cast(null as date) as last_day
    where false
{%- endmacro %}
