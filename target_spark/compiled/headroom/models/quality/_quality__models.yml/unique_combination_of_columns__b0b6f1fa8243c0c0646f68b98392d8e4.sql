

select
    source_table, source_id, column_name,
    count(*) as occurrences
from quality.dq_invalid_values
group by source_table, source_id, column_name
having count(*) > 1

