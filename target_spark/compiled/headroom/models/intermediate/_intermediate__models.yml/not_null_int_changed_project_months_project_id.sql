
    
    



select project_id
from intermediate.int_changed_project_months
where project_id is null


