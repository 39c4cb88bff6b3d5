
    
    

with child as (
    select reason_code as from_field
    from quality.dq_rejected_rows
    where reason_code is not null
),

parent as (
    select reason_code as to_field
    from reference.dq_reason_codes
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


