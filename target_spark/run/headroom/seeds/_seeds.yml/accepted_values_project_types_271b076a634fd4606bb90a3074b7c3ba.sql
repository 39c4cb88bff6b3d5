
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        revenue_treatment as value_field,
        count(*) as n_records

    from reference.project_types
    group by revenue_treatment

)

select *
from all_values
where value_field not in (
    'time_and_materials','retainer','none'
)



  
  
      
    ) dbt_internal_test