{#
    The receipt of the checks that run before anything is built (decision
    26). When an on-run-start hook fails (a drifted source, a role that
    cannot be made), dbt skips the hooks after it and still builds every
    node. So the last on-run-start hook records this invocation's id, and
    every model, seed and snapshot first asserts that the record is there:
    after a failed check each node stops in its pre-hook, inside its own
    transaction, and no table or view is replaced.
#}

{% macro run_checks_relation() -%}
    {{ generate_schema_name('intermediate', none) }}.run_checks_passed
{%- endmacro %}

{# The last on-run-start hook: reached only when every check before it passed. #}
{% macro record_run_checks_passed() -%}
    {{ return(adapter.dispatch('record_run_checks_passed')()) }}
{%- endmacro %}

{% macro postgres__record_run_checks_passed() -%}
    create schema if not exists {{ generate_schema_name('intermediate', none) }};
    create table if not exists {{ run_checks_relation() }} (
        invocation_id text primary key,
        passed_at timestamp with time zone not null
    );
    comment on table {{ run_checks_relation() }} is
        'The dbt invocation whose on-run-start checks all passed (decision 26): '
        'models, seeds and snapshots of any other invocation refuse to run.';
    delete from {{ run_checks_relation() }};
    insert into {{ run_checks_relation() }} (invocation_id, passed_at)
    values ('{{ invocation_id }}', now())
{%- endmacro %}

{# The first pre-hook of every model, seed and snapshot. #}
{% macro assert_run_checks_passed() -%}
    {{ return(adapter.dispatch('assert_run_checks_passed')()) }}
{%- endmacro %}

{% macro postgres__assert_run_checks_passed() -%}
    do $assert_run_checks$
    begin
        -- two statements: the second is planned only once the table exists
        if to_regclass('{{ run_checks_relation() }}') is null then
            raise exception using message = {{ run_checks_failed_message() }};
        end if;
        if not exists (
            select 1
            from {{ run_checks_relation() }}
            where invocation_id = '{{ invocation_id }}'
        ) then
            raise exception using message = {{ run_checks_failed_message() }};
        end if;
    end
    $assert_run_checks$
{%- endmacro %}

{% macro run_checks_failed_message() -%}
    'The checks before the build (on-run-start) did not all pass in this '
    'run, so nothing was rebuilt: see the first error above.'
{%- endmacro %}

{# Spark: the same receipt in an Iceberg table, one statement per call
   (a Spark session runs one statement at a time). #}
{% macro spark__record_run_checks_passed() -%}
    {%- if execute -%}
        {%- do run_query(
            'create schema if not exists '
            ~ generate_schema_name('intermediate', none)
        ) -%}
        {%- do run_query(
            'create table if not exists ' ~ run_checks_relation()
            ~ ' (invocation_id string, passed_at timestamp) using iceberg'
        ) -%}
        {%- do run_query('delete from ' ~ run_checks_relation()) -%}
        {%- do run_query(
            'insert into ' ~ run_checks_relation()
            ~ " values ('" ~ invocation_id ~ "', current_timestamp())"
        ) -%}
    {%- endif -%}
{%- endmacro %}

{# Spark: raise_error() stops the node when the receipt is missing. #}
{% macro spark__assert_run_checks_passed() -%}
    select raise_error({{ run_checks_failed_message() }})
    from (
        select count(*) as passed
        from {{ run_checks_relation() }}
        where invocation_id = '{{ invocation_id }}'
    ) as receipt
    where receipt.passed = 0
{%- endmacro %}
