

with

allocations as (
    select * from staging.stg_app__allocations
),

calendar as (
    select * from intermediate.int_calendar_days
),

projects as (
    select * from intermediate.int_projects
),

-- Incremental runs (decision 33) re-read the allocations staged since the
-- last build and every allocation of a project stamped since then (its
-- fate and certainty are copied below). The post-hook removes the ones
-- that are no longer live and valid.
changed as (
    select allocations.*
    from allocations
    where
        not allocations.is_deleted
        and true
),

allocation_days as (
    select
        changed.allocation_id,
        changed.team_member_id,
        changed.project_id,
        calendar.calendar_on as planned_on,
        changed.hours_per_day as planned_hours,
        projects.is_billable,
        -- the project's fate, which decides whether the plan still counts
        -- (plan_is_stale): an edit of the project re-reads these rows
        projects.is_deleted as is_project_deleted,
        not projects.is_open as is_project_closed,
        -- how sure the plan is (confirmed, tentative, on_hold): the people
        -- marts split planned hours by it
        projects.plan_certainty as project_plan_certainty,
        changed.updated_at,
        changed.staged_at
    from changed
    inner join projects
        on changed.project_id = projects.project_id
    inner join calendar
        on
            calendar.calendar_on between changed.starts_on and changed.ends_on
            and calendar.is_working_day
),

final as (
    select * from allocation_days
)

select * from final