{#
    Reconciliation: for each app table, live source rows = live rows passed
    to staging + live rows in the quarantine. Returns the tables that
    disagree (a failing test lists them).
#}
with

{% for item in app_tables() %}
    {{ item.table }} as (
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
    ),

{% endfor %}
counts as (
    {% for item in app_tables() %}
        select * from {{ item.table }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select *
from counts
where live_source_rows != live_staged_rows + live_rejected_rows
