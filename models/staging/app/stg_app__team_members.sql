with

base as (
    select * from {{ ref('base_app__team_members') }}
),

valid as (
    select
        team_member_id,
        user_id,
        team_member_name,
        role_raw,
        role_key,
        team,
        weekly_capacity_hours,
        cost_rate_usd,
        bill_rate_usd,
        is_active,
        is_placeholder,
        started_on,
        ended_on,
        created_at,
        updated_at,
        deleted_at,
        is_deleted
    from base
    where rejection_reason is null
),

final as (
    select * from valid
)

select * from final
