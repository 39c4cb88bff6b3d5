-- A row-incremental model built as the main project's are
-- (int_actuals_priced): delete+insert on the key, the clock in the
-- pre-hook, the rows no longer live dropped and the build recorded in the
-- post-hooks. priced_in_step says which build last wrote a row.
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='id',
    pre_hook=[
        "{{ begin_increment([
            ref('input_rows'), ref('members'), ref('reference_versions'),
        ]) }}",
    ],
    post_hook=[
        "{{ delete_rows_not_in(
            ref('input_rows'), 'id', ref('reference_versions'),
            base=ref('input_rows'),
        ) }}",
        "{{ record_increment() }}",
    ],
) }}

with

input_rows as (
    select * from {{ ref('input_rows') }}
),

members as (
    select * from {{ ref('members') }}
),

changed as (
    select input_rows.*
    from input_rows
    where
        not input_rows.is_deleted
        and {{ changed_since_last_build(
            'input_rows', ref('reference_versions'),
            parents=[['member_id', ref('members')]],
        ) }}
),

final as (
    select
        changed.id,
        changed.member_id,
        changed.worked_on,
        changed.hours,
        changed.hours * members.rate as amount,
        changed.staged_at,
        {{ var('step') }} as priced_in_step
    from changed
    inner join members on changed.member_id = members.member_id
)

select * from final
