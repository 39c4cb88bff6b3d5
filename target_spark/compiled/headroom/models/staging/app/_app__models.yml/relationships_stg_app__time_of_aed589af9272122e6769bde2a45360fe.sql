
    
    

with child as (
    select team_member_id as from_field
    from staging.stg_app__time_off
    where team_member_id is not null
),

parent as (
    select team_member_id as to_field
    from staging.stg_app__team_members
)

select
    from_field

from child
left join parent
    on child.from_field = parent.to_field

where parent.to_field is null


