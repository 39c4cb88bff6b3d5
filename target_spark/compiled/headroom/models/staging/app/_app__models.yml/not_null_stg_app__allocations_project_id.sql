
    
    



select project_id
from staging.stg_app__allocations
where project_id is null


