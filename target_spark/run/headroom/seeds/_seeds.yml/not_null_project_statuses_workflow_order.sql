
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select workflow_order
from reference.project_statuses
where workflow_order is null



  
  
      
    ) dbt_internal_test