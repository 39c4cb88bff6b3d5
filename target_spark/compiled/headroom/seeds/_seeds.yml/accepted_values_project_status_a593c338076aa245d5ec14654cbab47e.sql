
    
    

with all_values as (

    select
        forecast_probability as value_field,
        count(*) as n_records

    from reference.project_statuses
    group by forecast_probability

)

select *
from all_values
where value_field not in (
    0.1,0.5,1.0,0.25,0.0
)


