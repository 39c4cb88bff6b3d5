
    
    



select id
from app.team_members
where id is null


