
    
    

select
    holiday_on as unique_field,
    count(*) as n_records

from reference.public_holidays
where holiday_on is not null
group by holiday_on
having count(*) > 1


