
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    source_table, source_id, column_name,
    count(*) as occurrences
from quality.dq_invalid_values
group by source_table, source_id, column_name
having count(*) > 1


  
  
      
    ) dbt_internal_test