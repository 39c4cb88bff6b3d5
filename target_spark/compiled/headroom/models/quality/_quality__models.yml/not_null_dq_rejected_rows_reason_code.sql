
    
    



select reason_code
from quality.dq_rejected_rows
where reason_code is null


