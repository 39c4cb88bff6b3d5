
    
    



select week_start
from intermediate.int_member_capacity_weekly
where week_start is null


