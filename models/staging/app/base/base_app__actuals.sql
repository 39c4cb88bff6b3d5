-- One row per app actuals row, valid or not; the unique index on its key
-- stands for a uniqueness test on stg_app__actuals, which it makes moot.
{{ config(indexes=[{'columns': ['actual_id'], 'unique': true}]) }}

with

source as (
    select * from {{ source('app', 'actuals') }}
),

members as (
    select * from {{ ref('base_app__team_members') }}
),

projects as (
    select * from {{ ref('base_app__projects') }}
),

renamed as (
    select
        id as actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        lower(trim(source)) as actual_source,
        created_at at time zone 'UTC' as created_at,
        updated_at at time zone 'UTC' as updated_at,
        deleted_at at time zone 'UTC' as deleted_at,
        deleted_at is not null as is_deleted
    from source
),

-- A double submit is a second live row with the same member, project, day
-- and hours created within a minute of the previous one: the first stays.
submits as (
    select
        renamed.*,
        renamed.created_at - lag(renamed.created_at) over (
            partition by
                renamed.team_member_id,
                renamed.project_id,
                renamed.worked_on,
                renamed.hours,
                renamed.is_deleted
            order by renamed.created_at, renamed.actual_id
        ) as since_previous_submit
    from renamed
),

checked as (
    select
        submits.actual_id,
        submits.team_member_id,
        submits.project_id,
        submits.worked_on,
        submits.hours,
        submits.actual_source,
        submits.created_at,
        submits.updated_at,
        submits.deleted_at,
        submits.is_deleted,
        case
            when {{ invalid_timestamps('created_at', 'updated_at') }}
                then 'invalid_updated_at'
            when not exists (
                select 1 from members
                where members.team_member_id = submits.team_member_id
            ) then 'orphan_team_member'
            when not exists (
                select 1 from projects
                where projects.project_id = submits.project_id
            ) then 'orphan_project'
            when
                submits.hours <= 0 or submits.hours > 24
                then 'hours_out_of_range'
            when submits.worked_on > {{ as_of_date() }} then 'future_worked_on'
            when
                not submits.is_deleted
                and submits.since_previous_submit <= interval '1 minute'
                then 'double_submit'
            when exists (
                select 1 from members
                where
                    members.team_member_id = submits.team_member_id
                    and members.rejection_reason is not null
            ) or exists (
                select 1 from projects
                where
                    projects.project_id = submits.project_id
                    and projects.rejection_reason is not null
            ) then 'parent_rejected'
        end as rejection_reason
    from submits
),

final as (
    select * from checked
)

select * from final
