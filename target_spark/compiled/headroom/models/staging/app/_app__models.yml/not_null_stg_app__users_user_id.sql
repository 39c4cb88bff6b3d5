
    
    



select user_id
from staging.stg_app__users
where user_id is null


