-- One row per app actuals row, valid or not; the unique index on its key
-- stands for a uniqueness test on stg_app__actuals, which it makes moot.
-- Incremental (decision 22): a run re-checks the rows whose answer could
-- have changed, with every row they are compared with (their double-submit
-- partition), writes those whose content or verdict did change, and a
-- post-hook drops the rows the app deleted outright.
-- staged_at (decision 25) tells the models downstream which rows changed.


with

source as (
    select * from app.actuals
),

members as (
    select * from staging.base_app__team_members
),

projects as (
    select * from staging.base_app__projects
),

-- Not materialized: an incremental run reads it twice, each time for a
-- few rows (a materialized copy of the whole table cost more than both).
renamed as  (
    select
        id as actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        lower(trim(source)) as actual_source,
        created_at as created_at,
        updated_at as updated_at,
        deleted_at as deleted_at,
        deleted_at is not null as is_deleted
    from source
),


    in_scope as (
        select * from renamed
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
    from in_scope as renamed
),

-- the member and project of each row, when the app has them (a base
-- model holds one row per app key)
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
            when (submits.created_at is null
    or submits.updated_at is null
    or submits.updated_at < submits.created_at)
                then 'invalid_updated_at'
            when (submits.created_at > greatest(
        current_timestamp,
        cast(to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast('2026-11-20' as date)), nvl2(to_timestamp(cast('2026-11-20' as date)), assert_true(to_timestamp(cast('2026-11-20' as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

)
        ) as timestamp)
    )
    or submits.updated_at > greatest(
        current_timestamp,
        cast(to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast('2026-11-20' as date)), nvl2(to_timestamp(cast('2026-11-20' as date)), assert_true(to_timestamp(cast('2026-11-20' as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

)
        ) as timestamp)
    ))
                then 'future_updated_at'
            when members.team_member_id is null then 'orphan_team_member'
            when projects.project_id is null then 'orphan_project'
            when
                submits.hours <= 0 or submits.hours > 24
                then 'hours_out_of_range'
            when (
            submits.worked_on < cast('2020-01-01' as date)
            or submits.worked_on > cast('2030-12-31' as date)
    )
                then 'date_out_of_range'
            when submits.worked_on > cast('2026-11-20' as date) then 'future_worked_on'
            when
                not submits.is_deleted
                and submits.since_previous_submit <= interval '1 minute'
                then 'double_submit'
            when
                members.rejection_reason is not null
                or projects.rejection_reason is not null
                then 'parent_rejected'
        end as rejection_reason
    from submits
    left outer join members
        on submits.team_member_id = members.team_member_id
    left outer join projects
        on submits.project_id = projects.project_id
),

final as (
    select
        checked.*,
        current_timestamp as staged_at,
                -- null, of the column's type
                case
                    when false then checked.team_member_id
                end as replaced_team_member_id,
                -- null, of the column's type
                case
                    when false then checked.project_id
                end as replaced_project_id,
                -- null, of the column's type
                case
                    when false then checked.worked_on
                end as replaced_worked_on
    from checked
    
)

select * from final