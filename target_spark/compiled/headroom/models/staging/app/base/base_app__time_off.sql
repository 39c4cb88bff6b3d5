with

source as (
    select * from app.time_off
),

members as (
    select * from staging.base_app__team_members
),

renamed as (
    select
        id as time_off_id,
        team_member_id,
        starts_on,
        ends_on,
        hours_per_day,
        lower(trim(kind)) as time_off_kind,
        created_at as created_at,
        updated_at as updated_at,
        deleted_at as deleted_at,
        deleted_at is not null as is_deleted
    from source
),

checked as (
    select
        renamed.*,
        case
            when (created_at is null
    or updated_at is null
    or updated_at < created_at)
                then 'invalid_updated_at'
            when (created_at > greatest(
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
    or updated_at > greatest(
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
            when not exists (
                select 1 from members
                where members.team_member_id = renamed.team_member_id
            ) then 'orphan_team_member'
            when renamed.ends_on < renamed.starts_on then 'inverted_date_range'
            when
                (
            renamed.starts_on < cast('2020-01-01' as date)
            or renamed.starts_on > cast('2030-12-31' as date) or
            renamed.ends_on < cast('2020-01-01' as date)
            or renamed.ends_on > cast('2030-12-31' as date)
    )
                then 'date_out_of_range'
            when renamed.hours_per_day <= 0 or renamed.hours_per_day > 24
                then 'hours_out_of_range'
            when exists (
                select 1 from members
                where
                    members.team_member_id = renamed.team_member_id
                    and members.rejection_reason is not null
            ) then 'parent_rejected'
        end as rejection_reason
    from renamed
),

-- staged_at (decision 25): the rows that changed since the last build;
-- replaced_*: where a moved row was, for the change sets (decision 37)
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
                    when false then checked.starts_on
                end as replaced_starts_on,
                -- null, of the column's type
                case
                    when false then checked.ends_on
                end as replaced_ends_on
    from checked
    
)

select * from final