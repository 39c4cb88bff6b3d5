

select
    month_start, currency,
    count(*) as occurrences
from intermediate.int_fx_rates_monthly
group by month_start, currency
having count(*) > 1

