{#
    Post-hook of an incremental base model: deletes the rows whose app row
    is gone (deleted outright, not soft-deleted). The comparison reads both
    tables whole, so it runs only when the model holds more rows than the
    app table; every app row reaches the model when it is written (its
    timestamps), so equal counts mean nothing is left over.
#}
{% macro delete_rows_gone_from_source(table, key) -%}
    delete from {{ this }} as target
    where
        (select count(*) from {{ this }})
        > (select count(*) from {{ source('app', table) }})
        and not exists (
            select 1 from {{ source('app', table) }} as app_rows
            where app_rows.id = target.{{ key }}
        )
{%- endmacro %}
