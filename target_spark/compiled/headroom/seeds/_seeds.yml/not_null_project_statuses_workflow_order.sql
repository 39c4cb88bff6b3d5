
    
    



select workflow_order
from reference.project_statuses
where workflow_order is null


