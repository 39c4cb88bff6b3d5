-- A model incremental by period (int_member_days in the main project):
-- on an incremental build, the pre-hook deletes the days the change set
-- lists and the SQL reads the input for those days only. built_in_step
-- says which build last wrote a row. At step 3 member 2 is no longer
-- live: the post-hook drops its days.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook=[
        "{{ begin_period_increment(
            ref('changes'), 'day', 'worked_on', 'member_id',
        ) }}",
    ],
    post_hook=[
        "{{ record_period_increment(ref('live_members'), 'member_id') }}",
    ],
) }}

with

priced_rows as (
    select priced_rows.*
    from {{ ref('priced_rows') }} as priced_rows
    {{ in_changed_periods(
        ref('changes'), 'day', 'priced_rows.member_id',
        'priced_rows.worked_on',
    ) }}
),

final as (
    select
        member_id,
        worked_on,
        sum(hours) as hours,
        {{ var('step') }} as built_in_step
    from priced_rows
    group by member_id, worked_on
)

select * from final
