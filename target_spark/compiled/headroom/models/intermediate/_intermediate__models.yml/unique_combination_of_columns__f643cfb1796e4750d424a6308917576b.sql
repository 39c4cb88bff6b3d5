

select
    team_member_id, valid_from_on,
    count(*) as occurrences
from intermediate.int_team_member_versions
group by team_member_id, valid_from_on
having count(*) > 1

