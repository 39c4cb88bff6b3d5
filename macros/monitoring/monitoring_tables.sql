{#
    The run history in the warehouse (decision 28): what dbt_artifacts and
    Elementary would keep, built on dbt's own hooks and results. The tables
    are append-only history, written by hooks (this run's) and by `headroom
    daily` (freshness, alerts); the models in models/monitoring read them
    as the source `monitoring`.
#}

{% macro monitoring_schema() -%}
    {{ generate_schema_name('monitoring', none) }}
{%- endmacro %}

{# A SQL literal for a text value from Jinja: null, or quoted and escaped. #}
{% macro monitoring_text(value, limit=2000) -%}
    {%- if value is none -%}
        null
    {%- else -%}
        '{{ dbt.escape_single_quotes((value | string)[:limit]) }}'
    {%- endif -%}
{%- endmacro %}

{#
    on-run-start, after validate_vars and create_roles: the tables exist, an
    invocation some earlier run left `running` (dbt killed, the server
    stopped) is closed as failed, and this invocation is recorded as
    running. Each statement commits with the hook, so a run that dies later
    is still on record.
#}
{% macro start_run_record() -%}
    {{ return(adapter.dispatch('start_run_record')()) }}
{%- endmacro %}

{% macro postgres__start_run_record() -%}
    {%- set schema = monitoring_schema() -%}
    create schema if not exists {{ schema }};
    create table if not exists {{ schema }}.invocations (
        invocation_id text primary key,
        command text not null,
        target_name text not null,
        as_of_on date,
        started_at timestamp with time zone not null,
        ended_at timestamp with time zone,
        status text not null,
        message text
    );
    create table if not exists {{ schema }}.node_results (
        invocation_id text not null,
        unique_id text not null,
        resource_type text not null,
        node_name text not null,
        status text not null,
        execution_seconds numeric(12, 3),
        rows_affected bigint,
        failures bigint,
        message text,
        primary key (invocation_id, unique_id)
    );
    create table if not exists {{ schema }}.row_counts (
        invocation_id text not null,
        relation_name text not null,
        relation_kind text not null,
        row_count bigint not null,
        counted_at timestamp with time zone not null,
        primary key (invocation_id, relation_name)
    );
    create table if not exists {{ schema }}.source_freshness (
        invocation_id text not null,
        source_table text not null,
        status text not null,
        max_loaded_at timestamp with time zone,
        snapshotted_at timestamp with time zone not null,
        age_hours numeric(12, 2),
        warn_after_hours numeric(12, 2),
        error_after_hours numeric(12, 2),
        primary key (invocation_id, source_table)
    );
    create table if not exists {{ schema }}.replica_reads (
        invocation_id text not null,
        model_name text not null,
        epoch bigint,
        read_from timestamp with time zone,
        compares_everything boolean not null,
        reason text,
        read_at timestamp with time zone not null,
        primary key (invocation_id, model_name)
    );
    create table if not exists {{ schema }}.alerts (
        alert_id bigserial primary key,
        invocation_id text not null,
        raised_at timestamp with time zone not null,
        summary text not null,
        body jsonb not null,
        delivery text not null,
        unique (invocation_id)
    );
    update {{ schema }}.invocations
    set
        status = 'failed',
        message = 'never finished: dbt was stopped or the warehouse went down'
    where status = 'running' and invocation_id <> '{{ invocation_id }}';
    insert into {{ schema }}.invocations (
        invocation_id, command, target_name, as_of_on, started_at, status
    )
    values (
        '{{ invocation_id }}',
        {{ monitoring_text(flags.WHICH) }},
        {{ monitoring_text(target.name) }},
        {{ as_of_date() }},
        '{{ run_started_at.isoformat() }}',
        'running'
    )
    on conflict (invocation_id) do nothing
{%- endmacro %}

{# Spark: the run history is kept on PostgreSQL only (docs/scale-out.md);
   the monitoring models are disabled there. #}
{% macro spark__start_run_record() -%}{%- endmacro %}
