{#
    on-run-end (decision 28): this invocation's node results, the row counts
    of every app table and of every mart, restricted and quality model, and
    its end and status. Idempotent: a second call for the same invocation
    replaces what the first wrote.
#}
{% macro record_run_results(results) -%}
    {{ return(adapter.dispatch('record_run_results')(results)) }}
{%- endmacro %}

{% macro postgres__record_run_results(results) -%}
    {%- set schema = monitoring_schema() -%}
    {%- if not execute -%}
        select 1
    {%- else -%}
        {%- set statuses = results | map(attribute='status') | map('string') | list -%}
        delete from {{ schema }}.node_results
        where invocation_id = '{{ invocation_id }}';
        {% if results %}
            insert into {{ schema }}.node_results (
                invocation_id, unique_id, resource_type, node_name, status,
                execution_seconds, rows_affected, failures, message
            )
            values
            {%- for result in results %}
                {%- set response = result.adapter_response or {} %}
                (
                    '{{ invocation_id }}',
                    {{ monitoring_text(result.node.unique_id) }},
                    {{ monitoring_text(result.node.resource_type) }},
                    {{ monitoring_text(result.node.name) }},
                    {{ monitoring_text(result.status) }},
                    {{ result.execution_time or 0 }},
                    {{ response.get('rows_affected', none) if response.get('rows_affected', none) is number else 'null' }},
                    {{ result.failures if result.failures is number else 'null' }},
                    {{ monitoring_text(result.message) }}
                ){{ ',' if not loop.last }}
            {%- endfor %};
        {% endif %}
        {{ record_row_counts() }};
        -- the history is for the analyst and the dashboard (the roles exist
        -- by now: create_roles ran at the start)
        {%- for role in [
            policy_roles()['analyst_role'], policy_roles()['dashboard_role']
        ] %}
            grant select on all tables in schema {{ schema }}
            to {{ adapter.quote(role) }};
        {%- endfor %}
        update {{ schema }}.invocations
        set
            ended_at = clock_timestamp(),
            status = {{ monitoring_text(
                'failed' if ('error' in statuses or 'fail' in statuses)
                else ('warned' if 'warn' in statuses else 'success')
            ) }},
            message = {{ monitoring_text(
                statuses | select('in', ['error', 'fail']) | list | length
                ~ ' node(s) failed, ' ~ statuses | select('equalto', 'warn')
                | list | length ~ ' warned, of ' ~ statuses | length
            ) }}
        where invocation_id = '{{ invocation_id }}'
    {%- endif -%}
{%- endmacro %}

{#
    The row counts of this invocation: every table of the app source, and
    every model of the marts, restricted and quality schemas that exists.
#}
{% macro record_row_counts() -%}
    {%- set schema = monitoring_schema() -%}
    {%- set counted = [] -%}
    {%- for node in graph.sources.values()
        if node.package_name == project_name and node.source_name == 'app'
        and not node.name.startswith('_') -%}
        {#- the replica's own tables (_deleted_rows, _replica_state) are
            bookkeeping: a purged delete log is no lost data -#}
        {%- set relation = adapter.get_relation(
            database=node.database, schema=node.schema, identifier=node.identifier
        ) -%}
        {%- if relation is not none -%}
            {%- do counted.append((relation, 'source', 'app.' ~ node.name)) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for node in graph.nodes.values()
        if node.resource_type == 'model'
        and node.config.schema in ['marts', 'restricted', 'quality']
        and node.config.materialized != 'ephemeral' -%}
        {%- set relation = adapter.get_relation(
            database=node.database, schema=node.schema, identifier=node.alias
        ) -%}
        {%- if relation is not none -%}
            {%- do counted.append((relation, node.config.schema, node.name)) -%}
        {%- endif -%}
    {%- endfor -%}
    delete from {{ schema }}.row_counts
    where invocation_id = '{{ invocation_id }}'
    {%- for relation, kind, name in counted %};
        insert into {{ schema }}.row_counts (
            invocation_id, relation_name, relation_kind, row_count, counted_at
        )
        select
            '{{ invocation_id }}', '{{ name }}', '{{ kind }}', count(*),
            clock_timestamp()
        from {{ relation }}
    {%- endfor %}
{%- endmacro %}

{# Spark: the run history is kept on PostgreSQL only (spark__start_run_record). #}
{% macro spark__record_run_results(results) -%}{%- endmacro %}
