
    
    



select month_start
from intermediate.int_fx_rates_monthly
where month_start is null


