{#
    Unstaffed demand (contract v3, decision 49): each working day a
    placeholder is planned on, with the hours kept by the plan's rules
    (plan_is_stale: nothing on a deleted project, nor after the as-of day
    on a Completed or Cancelled one; time off does not apply, a placeholder
    takes none), the role and team it stands for, and how sure its project
    is. A view: its readers take the weeks ahead.
#}
{{ config(materialized='view') }}

with

allocation_days as (
    select * from {{ ref('int_allocation_days') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

final as (
    select
        allocation_days.allocation_id,
        allocation_days.team_member_id as placeholder_id,
        allocation_days.project_id,
        allocation_days.planned_on,
        {{ team_and_role('members') }},
        allocation_days.project_plan_certainty,
        allocation_days.is_billable,
        cast(
            case
                when {{ plan_is_stale('allocation_days') }} then 0
                else allocation_days.planned_hours
            end as numeric(8, 2)
        ) as demand_hours,
        cast(
            case
                when {{ plan_is_stale('allocation_days') }}
                    then allocation_days.planned_hours
                else 0
            end as numeric(8, 2)
        ) as stale_planned_hours
    from allocation_days
    inner join members
        on
            allocation_days.team_member_id = members.team_member_id
            and members.is_placeholder
)

select * from final
