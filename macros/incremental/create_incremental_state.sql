{#
    on-run-start: the incremental state table exists before any model reads
    it (the source incremental.incremental_state). One row per incremental
    model, written by record_increment in the model's own transaction:
    the one watermark (staged_through), and for a period model the as-of
    day and window it was built for. Older layouts are brought up to date,
    and the rows of models that no longer record one (renamed, or no
    longer incremental) are dropped.
#}
{% macro create_incremental_state() -%}
    {{ return(adapter.dispatch('create_incremental_state')()) }}
{%- endmacro %}

{% macro postgres__create_incremental_state() -%}
    {%- set schema = generate_schema_name('intermediate', none) -%}
    {%- set state = schema ~ '.incremental_state' -%}
    create schema if not exists {{ schema }};
    create table if not exists {{ state }} (
        model_name text primary key,
        staged_through timestamp with time zone not null,
        as_of_on date not null,
        window_start_on date,
        window_end_on date,
        invocation_id text,
        was_incremental boolean,
        rebuilt_from text,
        built_at timestamp with time zone not null
    );
    alter table {{ state }} drop column if exists changes_through;
    alter table {{ state }} add column if not exists invocation_id text;
    alter table {{ state }} add column if not exists was_incremental boolean;
    alter table {{ state }} add column if not exists rebuilt_from text;
    alter table {{ state }} alter column window_start_on drop not null;
    alter table {{ state }} alter column window_end_on drop not null;
    delete from {{ state }} where staged_through is null;
    {%- set models = [] -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values() if node.resource_type == 'model' -%}
            {%- set hooks = node.config.get('post-hook') | string -%}
            {%- if 'record_increment(' in hooks
                or 'record_period_increment(' in hooks -%}
                {%- do models.append("'" ~ node.name ~ "'") -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif %}
    {% if models -%}
        delete from {{ state }} where model_name not in ({{ models | join(', ') }});
    {%- endif %}
    alter table {{ state }} alter column staged_through set not null;
    comment on table {{ state }} is
        'Where each incremental model left off (decision 33): the newest '
        'staged_at of its inputs it has seen (the one watermark), the '
        'as-of day and, for a model incremental by period, its window.'
{%- endmacro %}

{# Spark: every model is rebuilt whole there (incremental_config), so no
   model keeps a watermark. #}
{% macro spark__create_incremental_state() -%}{%- endmacro %}
