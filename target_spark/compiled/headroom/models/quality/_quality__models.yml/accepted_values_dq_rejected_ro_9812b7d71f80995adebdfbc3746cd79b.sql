
    
    

with all_values as (

    select
        source_table as value_field,
        count(*) as n_records

    from quality.dq_rejected_rows
    group by source_table

)

select *
from all_values
where value_field not in (
    'users','team_members','projects','allocations','time_off','actuals'
)


