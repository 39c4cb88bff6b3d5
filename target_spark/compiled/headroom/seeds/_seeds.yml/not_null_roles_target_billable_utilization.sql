
    
    



select target_billable_utilization
from reference.roles
where target_billable_utilization is null


