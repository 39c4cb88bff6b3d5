
    
    



select project_type_name
from reference.project_types
where project_type_name is null


