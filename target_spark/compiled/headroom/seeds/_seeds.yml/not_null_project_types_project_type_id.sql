
    
    



select project_type_id
from reference.project_types
where project_type_id is null


