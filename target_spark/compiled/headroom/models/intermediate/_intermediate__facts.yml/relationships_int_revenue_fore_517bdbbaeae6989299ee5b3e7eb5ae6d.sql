
    
    

with child as (
    select project_id as from_field
    from intermediate.int_revenue_forecast_monthly
    where project_id is not null
),

parent as (
    select project_id as to_field
    from intermediate.int_projects
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


