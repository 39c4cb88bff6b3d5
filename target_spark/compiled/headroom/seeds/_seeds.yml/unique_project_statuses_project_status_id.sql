
    
    

select
    project_status_id as unique_field,
    count(*) as n_records

from reference.project_statuses
where project_status_id is not null
group by project_status_id
having count(*) > 1


