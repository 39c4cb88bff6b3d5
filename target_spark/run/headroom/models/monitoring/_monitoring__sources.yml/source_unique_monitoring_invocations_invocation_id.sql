
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    invocation_id as unique_field,
    count(*) as n_records

from monitoring.invocations
where invocation_id is not null
group by invocation_id
having count(*) > 1



  
  
      
    ) dbt_internal_test