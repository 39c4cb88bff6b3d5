
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select source_id
from quality.dq_rejected_rows
where source_id is null



  
  
      
    ) dbt_internal_test