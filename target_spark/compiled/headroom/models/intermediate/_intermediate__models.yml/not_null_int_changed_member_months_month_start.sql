
    
    



select month_start
from intermediate.int_changed_member_months
where month_start is null


