
    
    

select
    project_status_name as unique_field,
    count(*) as n_records

from reference.project_statuses
where project_status_name is not null
group by project_status_name
having count(*) > 1


