
    
    

select
    allocation_id as unique_field,
    count(*) as n_records

from staging.stg_app__allocations
where allocation_id is not null
group by allocation_id
having count(*) > 1


