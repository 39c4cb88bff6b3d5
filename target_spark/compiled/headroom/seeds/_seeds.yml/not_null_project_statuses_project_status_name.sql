
    
    



select project_status_name
from reference.project_statuses
where project_status_name is null


