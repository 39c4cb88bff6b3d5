{#
    True when every one of `models` was built incrementally by this dbt
    invocation (its state row says so). A data test over them then checks
    the periods or rows the build changed, and the whole tables otherwise:
    after a full build, or when run on its own (dbt test).
#}
{% macro built_incrementally(models) -%}
    {%- if not execute -%}
        {{ return(false) }}
    {%- endif -%}
    {#- no state table yet (a database nothing was built in, as sqlfluff
        compiles against): nothing was built incrementally -#}
    {%- set state = incremental_state_relation() -%}
    {%- if adapter.get_relation(
        database=state.database, schema=state.schema, identifier=state.identifier
    ) is none -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set query -%}
        select count(*)
        from {{ incremental_state_relation() }} as state
        where
            state.invocation_id = '{{ invocation_id }}'
            and state.was_incremental
            and state.model_name in (
                {%- for name in models -%}
                    '{{ name }}'{{ ', ' if not loop.last }}
                {%- endfor -%}
            )
    {%- endset -%}
    {{ return(run_query(query).columns[0].values()[0] == models | length) }}
{%- endmacro %}
