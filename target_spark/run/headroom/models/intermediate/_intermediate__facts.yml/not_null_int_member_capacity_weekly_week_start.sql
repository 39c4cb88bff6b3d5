
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select week_start
from intermediate.int_member_capacity_weekly
where week_start is null



  
  
      
    ) dbt_internal_test