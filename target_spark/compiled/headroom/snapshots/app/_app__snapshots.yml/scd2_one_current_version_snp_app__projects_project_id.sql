

select
    project_id,
    count(*) as current_versions
from snapshots.snp_app__projects
where dbt_valid_to is null
group by project_id
having count(*) > 1

