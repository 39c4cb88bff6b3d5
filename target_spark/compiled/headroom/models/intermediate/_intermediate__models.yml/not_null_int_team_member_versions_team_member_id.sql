
    
    



select team_member_id
from intermediate.int_team_member_versions
where team_member_id is null


