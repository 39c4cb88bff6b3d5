
    
    

with all_values as (

    select
        plan_certainty as value_field,
        count(*) as n_records

    from reference.project_statuses
    group by plan_certainty

)

select *
from all_values
where value_field not in (
    'confirmed','tentative','on_hold'
)


