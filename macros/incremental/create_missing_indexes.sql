{#
    Post-hook of an incremental model: creates the non-unique indexes its
    config declares that its table lacks. dbt makes a model's indexes only
    when it creates the table, so an index added to an incremental model's
    config would otherwise wait for a --full-refresh, and a plan that
    counts on it (a lateral lookup per changed period) would scan the
    table once per period meanwhile. Compares column lists (a trailing
    ` desc` aside); unique keys are left to assert_declared_keys_are_enforced.
#}
{% macro create_missing_indexes() -%}
    {%- set statements = [] -%}
    {%- if execute and is_incremental() -%}
        {%- set held = run_query(
            "select string_agg(attribute.attname, ',' order by key.position)
             from pg_index as index_row
             cross join lateral unnest(index_row.indkey)
                with ordinality as key (attnum, position)
             inner join pg_attribute as attribute
                on attribute.attrelid = index_row.indrelid
                and attribute.attnum = key.attnum
             where index_row.indrelid = '" ~ this ~ "'::regclass
             group by index_row.indexrelid"
        ).columns[0].values() -%}
        {%- for index in config.get('indexes') or [] if not index.get('unique') -%}
            {%- set names = [] -%}
            {%- for column in index['columns'] -%}
                {%- do names.append(column.split(' ')[0]) -%}
            {%- endfor -%}
            {%- if names | join(',') not in held -%}
                {%- do log(this ~ ": creating the declared index on ("
                    ~ names | join(', ') ~ "), missing since the table was built before it", info=true) -%}
                {%- do statements.append(
                    'create index on ' ~ this ~ ' (' ~ index['columns'] | join(', ') ~ ')'
                ) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {{ statements | join(';\n') if statements else 'select 1 -- every declared index is there' }}
{%- endmacro %}
