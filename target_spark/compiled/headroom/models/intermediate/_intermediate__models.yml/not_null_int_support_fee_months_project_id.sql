
    
    



select project_id
from intermediate.int_support_fee_months
where project_id is null


