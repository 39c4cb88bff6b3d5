
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    team_member_id, month_start,
    count(*) as occurrences
from intermediate.int_changed_member_months
group by team_member_id, month_start
having count(*) > 1


  
  
      
    ) dbt_internal_test