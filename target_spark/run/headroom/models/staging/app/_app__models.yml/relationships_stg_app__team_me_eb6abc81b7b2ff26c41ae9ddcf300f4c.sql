
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with child as (
    select role_key as from_field
    from staging.stg_app__team_members
    where role_key is not null
),

parent as (
    select role_key as to_field
    from reference.roles
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



  
  
      
    ) dbt_internal_test