{#
    Compares each table of the `app` source with the columns and data
    types declared in _app__sources.yml, before any model runs. A dropped
    column, or one whose type differs (a new precision included), stops
    the run with a message naming it (numbers must never change silently);
    an added column only warns, since nothing reads it yet. Runs from
    on-run-start for commands that build. The columns each engine reports
    come from source_table_columns (types on PostgreSQL only).
#}
{% macro check_source_drift(source_name='app') -%}
    {%- if execute and flags.WHICH in ('build', 'run', 'snapshot', 'test') -%}
        {%- set problems = [] -%}
        {%- set additions = [] -%}
        {%- for node in graph.sources.values()
            if node.source_name == source_name -%}
            {%- set actual = source_table_columns(node) -%}
            {%- set where = node.schema ~ '.' ~ node.identifier -%}
            {%- if actual | length == 0 -%}
                {%- do problems.append('table ' ~ where ~ ' is missing') -%}
            {%- else -%}
                {%- for column in node.columns.values() -%}
                    {%- if column.name not in actual -%}
                        {%- do problems.append(
                            'column ' ~ where ~ '.' ~ column.name ~ ' was dropped'
                        ) -%}
                    {%- elif column.data_type
                        and actual[column.name] is not none
                        and actual[column.name] != column.data_type -%}
                        {%- do problems.append(
                            'column ' ~ where ~ '.' ~ column.name
                            ~ ' is ' ~ actual[column.name]
                            ~ ', declared ' ~ column.data_type
                        ) -%}
                    {%- endif -%}
                {%- endfor -%}
                {%- for name in actual if name not in node.columns -%}
                    {%- do additions.append(where ~ '.' ~ name) -%}
                {%- endfor -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if additions -%}
            {%- do exceptions.warn(
                'Schema drift in source ' ~ source_name ~ ': new column(s) '
                ~ additions | join(', ')
                ~ ' (not read yet; declare them in _app__sources.yml)'
            ) -%}
        {%- endif -%}
        {%- if problems -%}
            {%- do exceptions.raise_compiler_error(
                'Schema drift in source ' ~ source_name ~ ': '
                ~ problems | join('; ')
                ~ '. Nothing was built; update the models and'
                ~ ' _app__sources.yml to the new contract.'
            ) -%}
        {%- endif -%}
    {%- endif -%}
    select 1
{%- endmacro %}

{#
    The columns of one source table as the warehouse has them: a dict of
    name to type, empty when the table is missing. The type is compared
    with the declared one where it is in the same terms: PostgreSQL's
    whole type (precision, scale, length and nullability, "numeric(5,2) not
    null"). Spark's types differ by design (decimal, string), so there the
    type is none and only names are compared; the app's types are checked
    on PostgreSQL, where it lives, before `headroom spark load` copies it.
#}
{% macro source_table_columns(node) -%}
    {{ return(adapter.dispatch('source_table_columns')(node)) }}
{%- endmacro %}

{% macro postgres__source_table_columns(node) -%}
    {%- set rows = run_query(
        "select a.attname, format_type(a.atttypid, a.atttypmod)"
        ~ " || case when a.attnotnull then ' not null' else '' end"
        ~ " from pg_catalog.pg_attribute as a"
        ~ " inner join pg_catalog.pg_class as c on a.attrelid = c.oid"
        ~ " inner join pg_catalog.pg_namespace as n"
        ~ " on c.relnamespace = n.oid"
        ~ " where n.nspname = '" ~ node.schema ~ "'"
        ~ " and c.relname = '" ~ node.identifier ~ "'"
        ~ " and a.attnum > 0 and not a.attisdropped"
    ) -%}
    {%- set columns = {} -%}
    {%- for row in rows -%}
        {%- do columns.update({row[0]: row[1]}) -%}
    {%- endfor -%}
    {{ return(columns) }}
{%- endmacro %}

{% macro spark__source_table_columns(node) -%}
    {%- set relation = adapter.get_relation(
        database=node.database, schema=node.schema, identifier=node.identifier
    ) -%}
    {%- set columns = {} -%}
    {%- if relation is not none -%}
        {%- for column in adapter.get_columns_in_relation(relation) -%}
            {%- do columns.update({column.name | lower: none}) -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(columns) }}
{%- endmacro %}
