
    
    



select id
from app.actuals
where id is null


