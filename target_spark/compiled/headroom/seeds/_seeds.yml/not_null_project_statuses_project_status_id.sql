
    
    



select project_status_id
from reference.project_statuses
where project_status_id is null


