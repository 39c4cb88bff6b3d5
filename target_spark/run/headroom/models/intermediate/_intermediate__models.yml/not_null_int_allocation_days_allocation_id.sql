
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select allocation_id
from intermediate.int_allocation_days
where allocation_id is null



  
  
      
    ) dbt_internal_test