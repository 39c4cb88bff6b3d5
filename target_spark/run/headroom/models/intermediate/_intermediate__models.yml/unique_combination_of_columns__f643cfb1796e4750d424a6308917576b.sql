
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    team_member_id, valid_from_on,
    count(*) as occurrences
from intermediate.int_team_member_versions
group by team_member_id, valid_from_on
having count(*) > 1


  
  
      
    ) dbt_internal_test