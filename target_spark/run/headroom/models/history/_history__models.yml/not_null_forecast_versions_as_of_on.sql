
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select as_of_on
from snapshots.forecast_versions
where as_of_on is null



  
  
      
    ) dbt_internal_test