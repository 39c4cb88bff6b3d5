
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    team_member_id,
    count(*) as current_versions
from snapshots.snp_app__team_members
where dbt_valid_to is null
group by team_member_id
having count(*) > 1


  
  
      
    ) dbt_internal_test