
    
    

with child as (
    select project_type_id as from_field
    from staging.stg_app__projects
    where project_type_id is not null
),

parent as (
    select project_type_id as to_field
    from reference.project_types
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


