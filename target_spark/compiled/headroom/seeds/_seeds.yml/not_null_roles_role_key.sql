
    
    



select role_key
from reference.roles
where role_key is null


