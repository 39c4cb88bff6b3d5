-- Every valid member (and placeholder: is_placeholder, never counted as
-- a member by the marts, decision 49) with the role list's name, team and
-- target (the role typed in the app conformed to the list; one that
-- matches none stays visible, flagged is_role_mapped), rates, and when the
-- warehouse first saw this version (staged_at). dim_team_members is its
-- mart.

with

members as (
    select * from {{ ref('stg_app__team_members') }}
),

roles as (
    select * from {{ ref('roles') }}
),

conformed as (
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
        roles.target_chargeable_utilization,
        members.is_active,
        members.is_placeholder,
        members.started_on,
        members.ended_on,
        members.cost_rate_usd,
        members.bill_rate_usd,
        members.is_deleted,
        members.created_at,
        members.updated_at,
        members.deleted_at
    from members
    left outer join roles
        on members.role_key = roles.role_key
),

-- staged_at: when the warehouse first saw this version of the member
-- (decision 33); the incremental models re-read a member stamped since
-- their last build.
final as (
    {{ stamp_staged_versions('conformed', 'team_member_id', [
        'team_member_name', 'has_login', 'role_raw', 'role_key', 'role_name',
        'is_role_mapped', 'team', 'weekly_capacity_hours', 'is_part_time',
        'target_chargeable_utilization', 'is_active', 'is_placeholder',
        'started_on', 'ended_on',
        'cost_rate_usd', 'bill_rate_usd', 'is_deleted', 'created_at',
        'updated_at', 'deleted_at',
    ]) }}
)

select * from final
