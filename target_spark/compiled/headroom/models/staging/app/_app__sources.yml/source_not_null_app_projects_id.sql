
    
    



select id
from app.projects
where id is null


