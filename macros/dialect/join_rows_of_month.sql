{#
    In a FROM clause after `outer` (a relation with `key` and month_start):
    the rows of `relation` with the same `key` whose `day_column` falls in
    that month, as `alias` with `columns`. On PostgreSQL a lateral lookup
    per outer row, fenced by offset 0, so that it probes the (key, day)
    index instead of reading the whole relation (45 s of a day's build at
    scale 100 otherwise, int_project_budget_burn); on Spark, which plans no
    such lookup, a join.
#}
{% macro join_rows_of_month(outer, relation, alias, columns, key, day_column) -%}
    {{ return(adapter.dispatch('join_rows_of_month')(
        outer, relation, alias, columns, key, day_column
    )) }}
{%- endmacro %}

{% macro postgres__join_rows_of_month(
    outer, relation, alias, columns, key, day_column
) -%}
    cross join lateral (
        select
            {%- for column in columns %}
                {{ relation }}.{{ column }}{{ ',' if not loop.last }}
            {%- endfor %}
        from {{ relation }}
        where
            {{ relation }}.{{ key }} = {{ outer }}.{{ key }}
            and {{ relation }}.{{ day_column }} >= {{ outer }}.month_start
            and {{ relation }}.{{ day_column }}
            < {{ outer }}.month_start + interval '1 month'
        offset 0  -- noqa: AM09
    ) as {{ alias }}
{%- endmacro %}

{% macro spark__join_rows_of_month(
    outer, relation, alias, columns, key, day_column
) -%}
    inner join {{ relation }} as {{ alias }}
        on
            {{ alias }}.{{ key }} = {{ outer }}.{{ key }}
            and {{ alias }}.{{ day_column }} >= {{ outer }}.month_start
            and {{ alias }}.{{ day_column }}
            < {{ dbt.dateadd('month', 1, outer ~ '.month_start') }}
{%- endmacro %}
