
    
    



select calendar_on
from intermediate.int_member_days
where calendar_on is null


