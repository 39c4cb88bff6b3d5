
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    allocation_id as unique_field,
    count(*) as n_records

from staging.stg_app__allocations
where allocation_id is not null
group by allocation_id
having count(*) > 1



  
  
      
    ) dbt_internal_test