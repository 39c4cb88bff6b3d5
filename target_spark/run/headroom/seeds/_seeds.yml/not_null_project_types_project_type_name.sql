
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select project_type_name
from reference.project_types
where project_type_name is null



  
  
      
    ) dbt_internal_test