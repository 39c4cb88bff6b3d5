
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select first_day
from intermediate.int_changed_member_months
where first_day is null



  
  
      
    ) dbt_internal_test