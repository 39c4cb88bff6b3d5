
    
    

with child as (
    select team_member_id as from_field
    from marts.fct_actuals
    where team_member_id is not null
),

parent as (
    select team_member_id as to_field
    from marts.dim_team_members
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


