
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select target_billable_utilization
from reference.roles
where target_billable_utilization is null



  
  
      
    ) dbt_internal_test