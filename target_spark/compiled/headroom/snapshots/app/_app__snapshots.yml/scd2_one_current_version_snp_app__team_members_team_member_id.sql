

select
    team_member_id,
    count(*) as current_versions
from snapshots.snp_app__team_members
where dbt_valid_to is null
group by team_member_id
having count(*) > 1

