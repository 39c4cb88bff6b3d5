{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': 'allocation_id',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['allocation_id', 'planned_on'], 'unique': true},
            {'columns': ['team_member_id', 'planned_on']},
            {'columns': ['project_id', 'planned_on']},
            {'columns': ['planned_on']},
            {'columns': ['staged_at']},
        ],
        'pre_hook': [
            "{{ begin_increment([
                ref('stg_app__allocations'), ref('int_projects'),
                ref('int_reference_versions'),
            ]) }}",
        ],
        'post_hook': [
            "{{ delete_rows_not_in(
                ref('stg_app__allocations'), 'allocation_id',
                ref('int_reference_versions'),
            ) }}",
            "{{ record_increment() }}",
            "{{ analyze_relation(this) }}",
        ],
    }))
}}

with

allocations as (
    select * from {{ ref('stg_app__allocations') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

projects as (
    select * from {{ ref('int_projects') }}
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
        and {{ changed_since_last_build(
            'allocations', ref('int_reference_versions'),
            parents=[['project_id', ref('int_projects')]],
        ) }}
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
