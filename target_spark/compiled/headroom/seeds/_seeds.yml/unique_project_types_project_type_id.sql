
    
    

select
    project_type_id as unique_field,
    count(*) as n_records

from reference.project_types
where project_type_id is not null
group by project_type_id
having count(*) > 1


