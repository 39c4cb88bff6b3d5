{#
    An alert, not a stop: warns when the quarantine holds more than 5% of an
    app table's live rows. The build goes on (every refused row is in
    quality.dq_rejected_rows with its reason), but a share that large means
    the app or its import broke, and someone should look.
#}
{{ config(severity='warn') }}

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
                select count(*) from {{ ref('dq_rejected_rows') }}
                where source_table = '{{ item.table }}' and not is_deleted
            ) as live_rejected_rows
    ),

{% endfor %}
shares as (
    {% for item in app_tables() %}
        select * from {{ item.table }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select
    source_table,
    live_source_rows,
    live_rejected_rows
from shares
where live_rejected_rows > 0.05 * live_source_rows
