
    
    

select
    id as unique_field,
    count(*) as n_records

from app.allocations
where id is not null
group by id
having count(*) > 1


