

select
    month_start, currency,
    count(*) as occurrences
from reference.fx_rates
group by month_start, currency
having count(*) > 1

