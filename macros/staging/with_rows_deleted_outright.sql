{#
    The rows of a base model rebuilt whole (decision 39), with its
    tombstones: every row of `checked` (a CTE name), and, when the model's
    previous table stands and this is not a full refresh, the rows that
    table holds whose key the app no longer has in `source_relation` (the
    app deleted them outright), as they were held, with rejection_reason
    'deleted_outright', so the change sets rebuild where they counted.
    `columns` are the model's columns before rejection_reason, in order. A
    tombstone carried over keeps its stamp (stamp_staged_versions sees the
    same version); a row inserted again with the same id is a live row
    again.
#}
{% macro with_rows_deleted_outright(checked, source_relation, key, columns) -%}
    {%- set held = held_staged_relation() -%}
    select * from {{ checked }}
    {%- if held is not none and not flags.FULL_REFRESH %}
        union all
        select
            {%- for column in columns %}
                held.{{ column }},
            {%- endfor %}
            'deleted_outright' as rejection_reason
        from {{ held }} as held
        where not exists (
            select 1 from {{ source_relation }} as app_row
            where app_row.id = held.{{ key }}
        )
    {%- endif %}
{%- endmacro %}
