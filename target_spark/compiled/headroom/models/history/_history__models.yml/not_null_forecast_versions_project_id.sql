
    
    



select project_id
from snapshots.forecast_versions
where project_id is null


