
    
    



select team_member_id
from staging.stg_app__time_off
where team_member_id is null


