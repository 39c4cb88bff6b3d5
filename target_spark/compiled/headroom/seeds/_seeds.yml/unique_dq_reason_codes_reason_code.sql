
    
    

select
    reason_code as unique_field,
    count(*) as n_records

from reference.dq_reason_codes
where reason_code is not null
group by reason_code
having count(*) > 1


