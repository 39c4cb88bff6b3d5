
    
    



select team_member_id
from staging.stg_app__team_members
where team_member_id is null


