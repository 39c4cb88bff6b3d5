
    
    

with all_values as (

    select
        fee_status as value_field,
        count(*) as n_records

    from intermediate.int_support_fee_months
    group by fee_status

)

select *
from all_values
where value_field not in (
    'earned','forecast','not_earned'
)


