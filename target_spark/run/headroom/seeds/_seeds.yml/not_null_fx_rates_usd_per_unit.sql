
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select usd_per_unit
from reference.fx_rates
where usd_per_unit is null



  
  
      
    ) dbt_internal_test