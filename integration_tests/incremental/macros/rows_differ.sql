{#
    The tail of every test here: the rows of the CTE `expected` that the
    CTE `actual` lacks ('missing') and the rows of `actual` that
    `expected` lacks ('unexpected'). No row means they hold the same rows.
#}
{% macro rows_differ(actual='actual', expected='expected') -%}
    select 'missing' as problem, * from (
        select * from {{ expected }} except select * from {{ actual }}
    ) as rows_missing
    union all
    select 'unexpected' as problem, * from (
        select * from {{ actual }} except select * from {{ expected }}
    ) as rows_unexpected
{%- endmacro %}
