
    
    



select month_start
from intermediate.int_support_fee_months
where month_start is null


