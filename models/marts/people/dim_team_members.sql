with

members as (
    select * from {{ ref('stg_app__team_members') }}
),

roles as (
    select * from {{ ref('roles') }}
),

-- The role typed in the app is conformed (case and spacing) to the role
-- list; a role that matches none stays visible, flagged is_role_mapped.
final as (
    select
        members.team_member_id,
        members.team_member_name,
        members.user_id is not null as has_login,
        members.role_raw,
        members.role_key,
        coalesce(roles.role_name, members.role_raw) as role_name,
        roles.role_key is not null as is_role_mapped,
        coalesce(members.team, roles.team) as team,
        members.weekly_capacity_hours,
        members.weekly_capacity_hours < 40 as is_part_time,
        roles.target_billable_utilization,
        members.is_active,
        members.started_on,
        members.ended_on,
        members.is_deleted,
        members.updated_at
    from members
    left outer join roles
        on members.role_key = roles.role_key
)

select * from final
