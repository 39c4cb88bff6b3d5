
    
    



select team_member_id
from intermediate.int_changed_member_months
where team_member_id is null


