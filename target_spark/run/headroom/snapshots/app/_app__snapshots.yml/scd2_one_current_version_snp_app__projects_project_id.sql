
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

select
    project_id,
    count(*) as current_versions
from snapshots.snp_app__projects
where dbt_valid_to is null
group by project_id
having count(*) > 1


  
  
      
    ) dbt_internal_test