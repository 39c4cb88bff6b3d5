
    
    



select actual_id
from staging.stg_app__actuals
where actual_id is null


