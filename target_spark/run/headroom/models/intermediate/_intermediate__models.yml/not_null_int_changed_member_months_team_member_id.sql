
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select team_member_id
from intermediate.int_changed_member_months
where team_member_id is null



  
  
      
    ) dbt_internal_test