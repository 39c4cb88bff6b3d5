{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='allocation_id',
        on_schema_change='fail',
        indexes=[
            {'columns': ['allocation_id', 'planned_on'], 'unique': true},
            {'columns': ['team_member_id', 'planned_on']},
            {'columns': ['project_id', 'planned_on']},
            {'columns': ['planned_on']},
            {'columns': ['staged_at']},
        ],
        post_hook=[
            "{{ delete_rows_not_in('stg_app__allocations', 'allocation_id') }}",
            "analyze {{ this }}",
        ],
    )
}}

with

allocations as (
    select * from {{ ref('stg_app__allocations') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

projects as (
    select * from {{ ref('stg_app__projects') }}
),

project_types as (
    select * from {{ ref('project_types') }}
),

project_statuses as (
    select * from {{ ref('project_statuses') }}
),

-- Incremental runs re-read the allocations changed since the watermark, and
-- every allocation of a member or project changed since then (a fixed
-- parent makes its rejected children valid again without touching them).
-- The post-hook removes the ones that are no longer live and valid.
changed as (
    select allocations.*
    from allocations
    where
        not allocations.is_deleted
        and {{ changed_since_last_run('allocations') }}
),

allocation_days as (
    select
        changed.allocation_id,
        changed.team_member_id,
        changed.project_id,
        calendar.calendar_on as planned_on,
        changed.hours_per_day as planned_hours,
        project_types.is_billable,
        -- the project's fate, which decides whether the plan still counts
        -- (plan_is_stale): an edit of the project re-reads these rows
        projects.is_deleted as is_project_deleted,
        not project_statuses.is_open as is_project_closed,
        -- how sure the plan is (confirmed, tentative, on_hold): the people
        -- marts split planned hours by it
        project_statuses.plan_certainty as project_plan_certainty,
        changed.updated_at,
        changed.staged_at
    from changed
    inner join projects
        on changed.project_id = projects.project_id
    inner join project_types
        on projects.project_type_id = project_types.project_type_id
    inner join project_statuses
        on projects.project_status_id = project_statuses.project_status_id
    inner join calendar
        on
            calendar.calendar_on between changed.starts_on and changed.ends_on
            and calendar.is_working_day
),

final as (
    select * from allocation_days
)

select * from final
