
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select time_off_id
from staging.stg_app__time_off
where time_off_id is null



  
  
      
    ) dbt_internal_test