{#
    Compares each table of the `app` source with the columns and data
    types declared in _app__sources.yml, before any model runs: the whole
    type as PostgreSQL formats it, with precision, scale, length and
    nullability ("numeric(5,2) not null"). A dropped or retyped column (a
    new precision included) stops the run with a message naming it (numbers must
    never change silently); an added column only warns, since nothing reads
    it yet. Runs from on-run-start for commands that build.
#}
{% macro check_source_drift(source_name='app') -%}
    {{ return(adapter.dispatch('check_source_drift')(source_name)) }}
{%- endmacro %}

{% macro postgres__check_source_drift(source_name='app') -%}
    {%- if execute and flags.WHICH in ('build', 'run', 'snapshot', 'test') -%}
        {%- set problems = [] -%}
        {%- set additions = [] -%}
        {%- for node in graph.sources.values()
            if node.source_name == source_name -%}
            {#- the full type: precision, scale, length and nullability -#}
            {%- set actual_rows = run_query(
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
            {%- set actual = {} -%}
            {%- for row in actual_rows -%}
                {%- do actual.update({row[0]: row[1]}) -%}
            {%- endfor -%}
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
    Spark: the same check on column names (a dropped column stops the run,
    an added one warns); the types are Spark's own (decimal(5,2), not
    numeric(5,2) not null), compared on PostgreSQL, where the app lives,
    before `headroom spark load` copies it.
#}
{% macro spark__check_source_drift(source_name='app') -%}
    {%- if execute and flags.WHICH in ('build', 'run', 'snapshot', 'test') -%}
        {%- set problems = [] -%}
        {%- for node in graph.sources.values()
            if node.source_name == source_name -%}
            {%- set relation = adapter.get_relation(
                database=node.database, schema=node.schema,
                identifier=node.identifier
            ) -%}
            {%- set where = node.schema ~ '.' ~ node.identifier -%}
            {%- if relation is none -%}
                {%- do problems.append('table ' ~ where ~ ' is missing') -%}
            {%- else -%}
                {%- set actual = adapter.get_columns_in_relation(relation)
                    | map(attribute='name') | map('lower') | list -%}
                {%- for column in node.columns.values()
                    if column.name not in actual -%}
                    {%- do problems.append(
                        'column ' ~ where ~ '.' ~ column.name ~ ' was dropped'
                    ) -%}
                {%- endfor -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if problems -%}
            {%- do exceptions.raise_compiler_error(
                'Schema drift in source ' ~ source_name ~ ': '
                ~ problems | join('; ')
                ~ '. Nothing was built; update the models and'
                ~ ' _app__sources.yml to the new contract.'
            ) -%}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
