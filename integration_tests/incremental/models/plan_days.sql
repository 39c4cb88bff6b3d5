-- Planned days (int_allocation_days in the main project), for the
-- windows: the first plan is a week before the first hours.
select
    member_id,
    cast(planned_on as date) as planned_on
from (values (1, '2025-12-29'), (2, '2026-03-02')) as plan_days (member_id, planned_on)
