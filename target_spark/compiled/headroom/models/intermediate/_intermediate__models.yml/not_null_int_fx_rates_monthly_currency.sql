
    
    



select currency
from intermediate.int_fx_rates_monthly
where currency is null


