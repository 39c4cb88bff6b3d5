

select
    team_member_id, off_on,
    count(*) as occurrences
from intermediate.int_time_off_days
group by team_member_id, off_on
having count(*) > 1

