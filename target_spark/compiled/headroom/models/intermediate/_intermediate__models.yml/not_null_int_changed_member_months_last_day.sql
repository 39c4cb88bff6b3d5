
    
    



select last_day
from intermediate.int_changed_member_months
where last_day is null


