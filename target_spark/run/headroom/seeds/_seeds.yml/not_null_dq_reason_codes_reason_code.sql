
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select reason_code
from reference.dq_reason_codes
where reason_code is null



  
  
      
    ) dbt_internal_test