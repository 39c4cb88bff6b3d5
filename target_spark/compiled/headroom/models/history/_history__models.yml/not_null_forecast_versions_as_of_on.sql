
    
    



select as_of_on
from snapshots.forecast_versions
where as_of_on is null


