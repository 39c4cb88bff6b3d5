{#
    dbt's default on PostgreSQL is now() cast to a timestamp without time
    zone; our snapshots key on updated_at in timestamptz (UTC-aware), so the
    time used to close versions of hard-deleted rows is timestamptz too.
#}
{% macro postgres__snapshot_get_time() -%}
    current_timestamp
{%- endmacro %}
