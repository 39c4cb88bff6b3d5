
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

with all_values as (

    select
        column_name as value_field,
        count(*) as n_records

    from quality.dq_invalid_values
    group by column_name

)

select *
from all_values
where value_field not in (
    'cost_rate','bill_rate','hourly_rate','monthly_fee','budget_hours'
)



  
  
      
    ) dbt_internal_test