
    
    



select source_id
from quality.dq_invalid_values
where source_id is null


