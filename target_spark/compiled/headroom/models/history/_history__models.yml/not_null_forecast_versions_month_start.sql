
    
    



select month_start
from snapshots.forecast_versions
where month_start is null


