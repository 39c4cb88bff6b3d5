
    
    



select team_member_id
from staging.stg_app__actuals
where team_member_id is null


