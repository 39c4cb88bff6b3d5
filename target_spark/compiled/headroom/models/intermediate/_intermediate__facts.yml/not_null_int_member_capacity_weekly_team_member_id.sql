
    
    



select team_member_id
from intermediate.int_member_capacity_weekly
where team_member_id is null


