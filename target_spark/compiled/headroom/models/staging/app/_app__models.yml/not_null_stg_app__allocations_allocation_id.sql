
    
    



select allocation_id
from staging.stg_app__allocations
where allocation_id is null


