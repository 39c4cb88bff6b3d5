
    
    



select holiday_on
from reference.public_holidays
where holiday_on is null


