
    
    



select time_off_id
from staging.stg_app__time_off
where time_off_id is null


