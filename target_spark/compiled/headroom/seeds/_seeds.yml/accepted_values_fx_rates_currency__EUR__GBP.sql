
    
    

with all_values as (

    select
        currency as value_field,
        count(*) as n_records

    from reference.fx_rates
    group by currency

)

select *
from all_values
where value_field not in (
    'EUR','GBP'
)


