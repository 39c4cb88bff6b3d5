
    
    



select source_id
from quality.dq_rejected_rows
where source_id is null


