create or replace view staging.stg_app__time_off
  
  
  as
    with

base as (
    select * from staging.base_app__time_off
),

valid as (
    select
        time_off_id,
        team_member_id,
        starts_on,
        ends_on,
        hours_per_day,
        time_off_kind,
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
