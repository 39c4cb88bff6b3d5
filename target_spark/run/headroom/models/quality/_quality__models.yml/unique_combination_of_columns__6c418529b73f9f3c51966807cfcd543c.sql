
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    source_table, source_id,
    count(*) as occurrences
from quality.dq_rejected_rows
group by source_table, source_id
having count(*) > 1


  
  
      
    ) dbt_internal_test