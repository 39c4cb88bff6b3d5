
    
    



select source_table
from quality.dq_rejected_rows
where source_table is null


