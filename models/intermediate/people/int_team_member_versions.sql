{{ config(indexes=[{'columns': ['team_member_id', 'valid_from_on']}]) }}

with

snapshots as (
    select * from {{ ref('snp_app__team_members') }}
),

members as (
    select * from {{ ref('stg_app__team_members') }}
),

-- Each version applies from the day it was recorded (its updated_at, in
-- UTC); of several versions recorded on one day, the last one wins.
versions_by_day as (
    select
        team_member_id,
        role_key,
        team,
        weekly_capacity_hours,
        cost_rate_usd,
        bill_rate_usd,
        cast(dbt_valid_from at time zone 'UTC' as date) as recorded_on,
        row_number() over (
            partition by
                team_member_id,
                cast(dbt_valid_from at time zone 'UTC' as date)
            order by dbt_valid_from desc
        ) as version_in_day
    from snapshots
),

-- A member staged but not yet snapshotted (a model run without the
-- snapshot) gets its current row as its only version, so no member's hours
-- lose their rates.
unsnapshotted as (
    select
        members.team_member_id,
        members.role_key,
        members.team,
        members.weekly_capacity_hours,
        members.cost_rate_usd,
        members.bill_rate_usd,
        cast(members.updated_at at time zone 'UTC' as date) as recorded_on,
        1 as version_in_day
    from members
    where not exists (
        select 1 from snapshots
        where snapshots.team_member_id = members.team_member_id
    )
),

daily_versions as (
    select * from versions_by_day
    where version_in_day = 1
    union all
    select * from unsnapshotted
),

-- The first version also covers every day before it was recorded (the app
-- keeps no history, so that is the best knowledge there is).
windows as (
    select
        team_member_id,
        role_key,
        team,
        weekly_capacity_hours,
        cost_rate_usd,
        bill_rate_usd,
        case
            when
                row_number() over (
                    partition by team_member_id order by recorded_on
                ) = 1
                then cast('1900-01-01' as date)
            else recorded_on
        end as valid_from_on,
        coalesce(
            lead(recorded_on) over (
                partition by team_member_id order by recorded_on
            ),
            cast('9999-12-31' as date)
        ) as valid_to_on
    from daily_versions
),

final as (
    select
        team_member_id,
        valid_from_on,
        valid_to_on,
        valid_to_on = cast('9999-12-31' as date) as is_current_version,
        role_key,
        team,
        weekly_capacity_hours,
        cost_rate_usd,
        bill_rate_usd
    from windows
)

select * from final
