
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    



select currency
from intermediate.int_fx_rates_monthly
where currency is null



  
  
      
    ) dbt_internal_test