
    
    

with all_values as (

    select
        revenue_treatment as value_field,
        count(*) as n_records

    from marts.dim_projects
    group by revenue_treatment

)

select *
from all_values
where value_field not in (
    'time_and_materials','retainer','none'
)


