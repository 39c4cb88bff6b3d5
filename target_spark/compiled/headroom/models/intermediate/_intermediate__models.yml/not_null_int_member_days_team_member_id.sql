
    
    



select team_member_id
from intermediate.int_member_days
where team_member_id is null


