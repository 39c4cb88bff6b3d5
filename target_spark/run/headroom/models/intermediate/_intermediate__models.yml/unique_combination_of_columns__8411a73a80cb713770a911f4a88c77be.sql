
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    project_id, month_start,
    count(*) as occurrences
from intermediate.int_support_fee_months
group by project_id, month_start
having count(*) > 1


  
  
      
    ) dbt_internal_test