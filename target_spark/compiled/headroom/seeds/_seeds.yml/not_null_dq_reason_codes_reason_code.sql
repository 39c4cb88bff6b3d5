
    
    



select reason_code
from reference.dq_reason_codes
where reason_code is null


