
    
    



select invocation_id
from monitoring.invocations
where invocation_id is null


