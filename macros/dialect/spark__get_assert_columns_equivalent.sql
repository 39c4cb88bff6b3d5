{#
    A model contract on Spark (decision 38): the model's columns are those
    its YAML declares, by name and number (the table is then written in the
    declared order). Their types are Spark's own (string, decimal, timestamp)
    where the YAML declares PostgreSQL's (text, numeric, timestamptz), so
    the types are held on PostgreSQL, where the dashboard reads, and the
    numbers by the comparison of both engines (make test-spark).
#}
{% macro spark__get_assert_columns_equivalent(sql) -%}
    {%- set declared = model['columns'].values()
        | map(attribute='name') | map('lower') | list -%}
    {%- set built = get_column_schema_from_query(sql)
        | map(attribute='name') | map('lower') | list -%}
    {%- if declared | sort != built | sort -%}
        {{ exceptions.raise_compiler_error(
            'Contract of ' ~ model['name'] ~ ': the YAML declares columns '
            ~ declared | join(', ') ~ ', the SQL returns ' ~ built | join(', ')
        ) }}
    {%- endif -%}
{%- endmacro %}
