
    
    



select id
from app.users
where id is null


