
    
    



select project_id
from staging.stg_app__actuals
where project_id is null


