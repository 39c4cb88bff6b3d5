
    
    



select team_member_id
from intermediate.int_team_members
where team_member_id is null


