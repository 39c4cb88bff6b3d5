
    
    



select team_member_id
from intermediate.int_member_utilization_monthly
where team_member_id is null


