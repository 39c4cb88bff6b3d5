
    
    



select source_table
from quality.dq_invalid_values
where source_table is null


