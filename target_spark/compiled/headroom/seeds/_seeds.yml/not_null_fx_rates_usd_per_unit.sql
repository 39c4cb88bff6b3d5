
    
    



select usd_per_unit
from reference.fx_rates
where usd_per_unit is null


