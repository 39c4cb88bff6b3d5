
    
    



select plan_certainty
from reference.project_statuses
where plan_certainty is null


