-- The members of int_team_members, without their rates (those are in
-- restricted.dim_team_member_rates) and bookkeeping.

with

members as (
    select * from {{ ref('int_team_members') }}
),

final as (
    select
        team_member_id,
        team_member_name,
        has_login,
        role_raw,
        role_key,
        role_name,
        is_role_mapped,
        team,
        weekly_capacity_hours,
        is_part_time,
        target_chargeable_utilization,
        is_active,
        started_on,
        ended_on,
        is_deleted,
        updated_at
    from members
    -- placeholders are demand, not people (decision 49):
    -- int_placeholder_demand_days
    where is_placeholder is not true
)

select * from final
