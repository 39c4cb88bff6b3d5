

select
    project_id, month_start,
    count(*) as occurrences
from intermediate.int_support_fee_months
group by project_id, month_start
having count(*) > 1

