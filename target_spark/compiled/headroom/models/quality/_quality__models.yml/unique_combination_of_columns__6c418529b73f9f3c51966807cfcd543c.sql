

select
    source_table, source_id,
    count(*) as occurrences
from quality.dq_rejected_rows
group by source_table, source_id
having count(*) > 1

