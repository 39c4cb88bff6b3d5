
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  
    
    

select
    time_off_id as unique_field,
    count(*) as n_records

from staging.stg_app__time_off
where time_off_id is not null
group by time_off_id
having count(*) > 1



  
  
      
    ) dbt_internal_test