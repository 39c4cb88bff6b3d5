
    
    



select project_id
from staging.stg_app__projects
where project_id is null


