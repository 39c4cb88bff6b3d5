create or replace view staging.stg_app__actuals
  
  
  as
    with

base as (
    select * from staging.base_app__actuals
),

valid as (
    select
        actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        actual_source,
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
