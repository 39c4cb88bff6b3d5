
    
    

select
    team_member_id as unique_field,
    count(*) as n_records

from staging.stg_app__team_members
where team_member_id is not null
group by team_member_id
having count(*) > 1


