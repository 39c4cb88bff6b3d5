
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select actual_id
from staging.stg_app__actuals
where actual_id is null



  
  
      
    ) dbt_internal_test