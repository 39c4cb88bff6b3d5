{#
    The quarantine: every app row the warehouse refuses, with its reason.
    Nothing defective disappears silently; analysts query this table.
#}
{{ config(materialized='table') }}

with

{% for item in app_tables() %}
    {{ item.table }} as (
        select
            '{{ item.table }}' as source_table,
            {{ item.key }} as source_id,
            rejection_reason as reason_code,
            {% if item.table == 'users' -%}
                false as is_deleted,
            {%- else -%}
                is_deleted,
            {%- endif %}
            updated_at as source_updated_at
        from {{ ref('base_app__' ~ item.table) }}
        -- a row the app deleted outright is gone, not defective: its
        -- tombstone is bookkeeping for the change sets (decision 39)
        where
            rejection_reason is not null
            and rejection_reason <> 'deleted_outright'
    ),

{% endfor %}
reasons as (
    select * from {{ ref('dq_reason_codes') }}
),

unioned as (
    {% for item in app_tables() %}
        select * from {{ item.table }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

final as (
    select
        unioned.source_table,
        unioned.source_id,
        unioned.reason_code,
        reasons.reason_description,
        unioned.is_deleted,
        unioned.source_updated_at,
        {{ as_of_date() }} as seen_on
    from unioned
    left outer join reasons
        on unioned.reason_code = reasons.reason_code
)

select * from final
