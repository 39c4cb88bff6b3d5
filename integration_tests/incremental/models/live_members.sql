-- The members still live (stg_app__team_members in the main project):
-- member 2 is gone at step 3.
select member_id
from (values (1), (2)) as live_members (member_id)
where member_id = 1 or {{ var('step') }} < 3
