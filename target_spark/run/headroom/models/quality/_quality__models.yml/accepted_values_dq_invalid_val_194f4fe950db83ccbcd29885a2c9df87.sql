
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        source_table as value_field,
        count(*) as n_records

    from quality.dq_invalid_values
    group by source_table

)

select *
from all_values
where value_field not in (
    'team_members','projects'
)



  
  
      
    ) dbt_internal_test