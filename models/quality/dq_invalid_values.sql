{#
    Values the warehouse does not use although it keeps their row:
    - a NaN or negative rate, fee or budget is nulled in staging
      (valid_money), so the row's hours still count while its money is
      unknown (unpriced or uncosted in the marts);
    - text outside the contract's list (an actuals row's source, a time
      off's kind: known_value) becomes 'unknown', and a name that means
      nothing (a member's team: meaningful_name) null: the hours and days
      count, and a team falls back on the role's;
    - a Fixed Fee project without a fee above zero (contract v3): its hours
      count, its revenue is unknown (the forecast's unpriced_hours).
    One row per app row and column. No value is shown: rates are
    confidential, and the text may be anything; this schema is the
    analysts'.
#}
{{ config(materialized='table') }}

with

{%- set money_tables = [
    ('team_members', 'team_member_id'), ('projects', 'project_id'),
] %}
{% for table, key in money_tables %}
    {{ table }} as (
        select
            '{{ table }}' as source_table,
            {{ key }} as source_id,
            {{ unnest_array("invalid_money_columns") }} as column_name,
            'NaN or negative: used as unknown (null)' as reason_description,
            is_deleted,
            rejection_reason is not null as is_rejected,
            updated_at as source_updated_at
        from {{ ref('base_app__' ~ table) }}
        where cardinality(invalid_money_columns) > 0
    ),

{% endfor %}
{%- set text_columns = [
    ('actuals', 'actual_id', 'source', 'actual_source',
     'not timesheet, allocation_backfill or import: used as unknown'),
    ('time_off', 'time_off_id', 'kind', 'time_off_kind',
     'not vacation, sick, parental or other: used as unknown'),
] %}
{% for table, key, column, staged, reason in text_columns %}
    {{ table }}_{{ column }} as (
        select
            '{{ table }}' as source_table,
            {{ key }} as source_id,
            '{{ column }}' as column_name,
            '{{ reason }}' as reason_description,
            is_deleted,
            rejection_reason is not null as is_rejected,
            updated_at as source_updated_at
        from {{ ref('base_app__' ~ table) }}
        where
            {{ staged }} = 'unknown'
            and coalesce(rejection_reason, '') <> 'deleted_outright'
    ),

{% endfor %}
teams as (
    select
        'team_members' as source_table,
        team_member_id as source_id,
        'team' as column_name,
        'means nothing (blank, null, SQL): the role''s team is used'
            as reason_description,
        is_deleted,
        rejection_reason is not null as is_rejected,
        updated_at as source_updated_at
    from {{ ref('base_app__team_members') }}
    where is_team_meaningless
),

-- a Fixed Fee project without a fee above zero (contract v3's defect):
-- the project and its hours stay, its revenue is unknown
fixed_fees as (
    select
        'projects' as source_table,
        project_id as source_id,
        'fixed_fee' as column_name,
        'a Fixed Fee project without a fee above zero (null, zero, negative'
        || ' or NaN): its revenue is unknown (null), its hours unpriced'
            as reason_description,
        is_deleted,
        rejection_reason is not null as is_rejected,
        updated_at as source_updated_at
    from {{ ref('base_app__projects') }}
    where is_fixed_fee_missing
),

final as (
    {% for table, key in money_tables %}
        select * from {{ table }}
        union all
    {% endfor %}
    {% for table, key, column, staged, reason in text_columns %}
        select * from {{ table }}_{{ column }}
        union all
    {% endfor %}
    select * from teams
    union all
    select * from fixed_fees
)

select
    source_table,
    source_id,
    column_name,
    reason_description,
    is_deleted,
    is_rejected,
    source_updated_at,
    {{ as_of_date() }} as seen_on
from final
