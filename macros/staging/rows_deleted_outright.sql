{#
    The tombstones of a base model rebuilt whole (decision 39): the rows
    its previous table `held` holds whose key no longer exists in
    `source_relation` (the app deleted them outright), as they were held,
    with rejection_reason 'deleted_outright'. `columns` are the model's
    columns before rejection_reason, in order, so the result unions with
    the model's checked rows. A tombstone carried over keeps its stamp
    (stamp_staged_versions sees the same version); a row inserted again
    with the same id is a live row again.
#}
{% macro rows_deleted_outright(held, source_relation, key, columns) -%}
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
{%- endmacro %}
