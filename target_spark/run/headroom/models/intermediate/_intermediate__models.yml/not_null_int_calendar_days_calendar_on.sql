
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select calendar_on
from intermediate.int_calendar_days
where calendar_on is null



  
  
      
    ) dbt_internal_test