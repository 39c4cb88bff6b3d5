
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    project_type_name as unique_field,
    count(*) as n_records

from reference.project_types
where project_type_name is not null
group by project_type_name
having count(*) > 1



  
  
      
    ) dbt_internal_test