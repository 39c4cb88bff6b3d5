
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select plan_certainty
from reference.project_statuses
where plan_certainty is null



  
  
      
    ) dbt_internal_test