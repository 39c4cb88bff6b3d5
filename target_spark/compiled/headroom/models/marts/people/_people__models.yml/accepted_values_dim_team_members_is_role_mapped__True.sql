
    
    

with all_values as (

    select
        is_role_mapped as value_field,
        count(*) as n_records

    from marts.dim_team_members
    group by is_role_mapped

)

select *
from all_values
where value_field not in (
    'True'
)


