
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    team_member_id, off_on,
    count(*) as occurrences
from intermediate.int_time_off_days
group by team_member_id, off_on
having count(*) > 1


  
  
      
    ) dbt_internal_test