
    
    



select id
from app.time_off
where id is null


