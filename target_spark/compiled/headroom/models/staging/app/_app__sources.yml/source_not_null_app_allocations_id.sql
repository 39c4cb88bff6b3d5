
    
    



select id
from app.allocations
where id is null


