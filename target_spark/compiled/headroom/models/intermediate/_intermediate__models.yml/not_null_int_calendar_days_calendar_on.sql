
    
    



select calendar_on
from intermediate.int_calendar_days
where calendar_on is null


