
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select forecast_probability
from reference.project_statuses
where forecast_probability is null



  
  
      
    ) dbt_internal_test