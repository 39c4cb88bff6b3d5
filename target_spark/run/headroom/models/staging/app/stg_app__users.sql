create or replace view staging.stg_app__users
  
  
  as
    with

base as (
    select * from staging.base_app__users
),

valid as (
    select
        user_id,
        user_name,
        is_admin,
        created_at,
        updated_at
    from base
    where rejection_reason is null
),

final as (
    select * from valid
)

select * from final
