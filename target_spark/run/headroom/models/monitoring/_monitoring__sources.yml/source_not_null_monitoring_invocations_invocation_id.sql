
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select invocation_id
from monitoring.invocations
where invocation_id is null



  
  
      
    ) dbt_internal_test