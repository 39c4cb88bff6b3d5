

select
    project_id, month_start,
    count(*) as occurrences
from intermediate.int_changed_project_months
group by project_id, month_start
having count(*) > 1

