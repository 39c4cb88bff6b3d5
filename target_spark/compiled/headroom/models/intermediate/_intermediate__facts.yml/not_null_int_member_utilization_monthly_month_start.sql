
    
    



select month_start
from intermediate.int_member_utilization_monthly
where month_start is null


