
    
    



select project_id
from marts.fct_project_status_history
where project_id is null


