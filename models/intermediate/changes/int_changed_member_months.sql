{{ config(**change_set('member')) }}

-- The change set of the member grain and the people marts (decision 33):
-- every (member, month) whose rows may differ from what its readers hold,
-- from what was staged since the oldest of their last builds.

with

{{ changed_months_prelude('member') }},

-- members rebuilt whole: their own record or rates changed, or their
-- allocations or time off did (an edited row's old dates are not kept)
members_to_rebuild as (
    select changed_members.team_member_id from changed_members
    union
    select staged_allocations.team_member_id from staged_allocations
    union
    select staged_time_off.team_member_id from staged_time_off
),

member_months as (
    select
        staged_actual_months.team_member_id,
        staged_actual_months.month_start
    from staged_actual_months
    union
    -- the actuals of a changed project (its rates, type or fate)
    select
        actuals.team_member_id,
        {{ month_start_of('actuals.worked_on') }}
    from {{ ref('int_actuals_priced') }} as actuals
    where
        actuals.project_id in (
            select changed_projects.project_id from changed_projects
        )
    union
    -- the days of the allocations of a changed project
    select
        allocations.team_member_id,
        months.month_start
    from {{ ref('base_app__allocations') }} as allocations
    inner join months
        on
            months.month_start
            between {{ month_start_of('allocations.starts_on') }}
            and allocations.ends_on
    where
        allocations.project_id in (
            select changed_projects.project_id from changed_projects
        )
    union
    select
        members.team_member_id,
        moved_months.month_start
    from {{ ref('stg_app__team_members') }} as members
    cross join moved_months
    union
    select
        members_to_rebuild.team_member_id,
        months.month_start
    from members_to_rebuild
    cross join span
    inner join months
        on months.month_start between span.first_month and span.last_day
),

final as (
    select distinct
        team_member_id,
        month_start
    from member_months
    where team_member_id is not null
)

select * from final
