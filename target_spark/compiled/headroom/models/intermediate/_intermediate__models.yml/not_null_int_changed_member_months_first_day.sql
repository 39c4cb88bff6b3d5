
    
    



select first_day
from intermediate.int_changed_member_months
where first_day is null


