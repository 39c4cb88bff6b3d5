
    
    



select role_name
from reference.roles
where role_name is null


