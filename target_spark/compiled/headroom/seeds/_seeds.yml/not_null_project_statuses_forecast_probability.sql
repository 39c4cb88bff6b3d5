
    
    



select forecast_probability
from reference.project_statuses
where forecast_probability is null


