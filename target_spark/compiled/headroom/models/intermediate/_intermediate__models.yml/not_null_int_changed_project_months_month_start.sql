
    
    



select month_start
from intermediate.int_changed_project_months
where month_start is null


