
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select project_status_id
from reference.project_statuses
where project_status_id is null



  
  
      
    ) dbt_internal_test