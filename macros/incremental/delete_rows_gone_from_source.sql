{#
    Post-hook of an incremental base model: deletes the rows whose app row
    is gone (deleted outright, not soft-deleted). Every app row reaches the
    model when it is written (found by its key), so the whole comparison runs
    only when the model holds more rows than the app table.
#}
{% macro delete_rows_gone_from_source(table, key) -%}
    {{ delete_unmatched_rows(
        key, source('app', table), reference_key='id', only_if_more=true,
    ) }}
{%- endmacro %}
