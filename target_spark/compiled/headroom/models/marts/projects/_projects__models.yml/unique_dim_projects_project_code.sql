
    
    

select
    project_code as unique_field,
    count(*) as n_records

from marts.dim_projects
where project_code is not null
group by project_code
having count(*) > 1


