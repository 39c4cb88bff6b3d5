
    
    



select project_id
from intermediate.int_projects
where project_id is null


