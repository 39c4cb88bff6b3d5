with

base as (
    select * from staging.base_app__allocations
),

valid as (
    select
        allocation_id,
        team_member_id,
        project_id,
        starts_on,
        ends_on,
        hours_per_day,
        created_at,
        updated_at,
        deleted_at,
        is_deleted,
        staged_at
    from base
    where rejection_reason is null
),

final as (
    select * from valid
)

select * from final