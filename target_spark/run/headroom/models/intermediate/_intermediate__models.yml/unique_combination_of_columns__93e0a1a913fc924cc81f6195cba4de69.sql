
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    month_start, currency,
    count(*) as occurrences
from intermediate.int_fx_rates_monthly
group by month_start, currency
having count(*) > 1


  
  
      
    ) dbt_internal_test