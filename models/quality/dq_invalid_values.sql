{#
    Values the warehouse does not use although it keeps their row: a NaN or
    negative rate, fee or budget is nulled in staging (valid_money), so the
    row's hours still count while its money is unknown (unpriced or
    uncosted in the marts). One row per app row and column. No amount is
    shown: rates are confidential, and this schema is the analysts'.
#}
{{ config(materialized='table') }}

with

{%- set tables = [
    ('team_members', 'team_member_id'), ('projects', 'project_id'),
] %}
{% for table, key in tables %}
    {{ table }} as (
        select
            '{{ table }}' as source_table,
            {{ key }} as source_id,
            {{ unnest_array("invalid_money_columns") }} as column_name,
            is_deleted,
            rejection_reason is not null as is_rejected,
            updated_at as source_updated_at
        from {{ ref('base_app__' ~ table) }}
        where cardinality(invalid_money_columns) > 0
    ),

{% endfor %}
final as (
    {% for table, key in tables %}
        select
            source_table,
            source_id,
            column_name,
            'NaN or negative: used as unknown (null)' as reason_description,
            is_deleted,
            is_rejected,
            source_updated_at,
            {{ as_of_date() }} as seen_on
        from {{ table }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select * from final
