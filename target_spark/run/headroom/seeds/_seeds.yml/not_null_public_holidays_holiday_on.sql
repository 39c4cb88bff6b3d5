
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select holiday_on
from reference.public_holidays
where holiday_on is null



  
  
      
    ) dbt_internal_test