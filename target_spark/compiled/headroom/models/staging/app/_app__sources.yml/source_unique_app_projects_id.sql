
    
    

select
    id as unique_field,
    count(*) as n_records

from app.projects
where id is not null
group by id
having count(*) > 1


