
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with child as (
    select team_member_id as from_field
    from intermediate.int_member_utilization_monthly
    where team_member_id is not null
),

parent as (
    select team_member_id as to_field
    from intermediate.int_team_members
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null



  
  
      
    ) dbt_internal_test