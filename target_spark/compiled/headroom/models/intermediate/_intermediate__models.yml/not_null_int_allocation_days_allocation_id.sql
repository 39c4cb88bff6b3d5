
    
    



select allocation_id
from intermediate.int_allocation_days
where allocation_id is null


