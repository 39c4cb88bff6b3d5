{#
    One row per app table: its live source rows, the live rows passed to
    staging and the live rows in the quarantine. The reconciliation test
    and the quarantine-share warning both read it.
#}
{% macro live_row_counts() -%}
    {% for item in app_tables() %}
        select
            '{{ item.table }}' as source_table,
            (
                select count(*) from {{ source('app', item.table) }}
                {% if item.table != 'users' %}
                    where deleted_at is null
                {% endif %}
            ) as live_source_rows,
            (
                select count(*) from {{ ref('stg_app__' ~ item.table) }}
                {% if item.table != 'users' %}where not is_deleted{% endif %}
            ) as live_staged_rows,
            (
                select count(*) from {{ ref('dq_rejected_rows') }}
                where source_table = '{{ item.table }}' and not is_deleted
            ) as live_rejected_rows
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
{%- endmacro %}
