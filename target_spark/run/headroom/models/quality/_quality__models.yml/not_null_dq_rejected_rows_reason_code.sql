
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select reason_code
from quality.dq_rejected_rows
where reason_code is null



  
  
      
    ) dbt_internal_test