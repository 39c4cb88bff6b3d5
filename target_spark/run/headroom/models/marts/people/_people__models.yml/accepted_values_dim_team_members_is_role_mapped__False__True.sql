
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        is_role_mapped as value_field,
        count(*) as n_records

    from marts.dim_team_members
    group by is_role_mapped

)

select *
from all_values
where value_field not in (
    True
)



  
  
      
    ) dbt_internal_test