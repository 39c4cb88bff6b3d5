

with

 __dbt__cte__snp_app__team_members as (

-- Fixture for snp_app__team_members
select cast(1 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(40 as decimal(5,2))
 as `weekly_capacity_hours`, cast(50 as decimal(10,2))
 as `cost_rate_usd`, cast(100 as decimal(10,2))
 as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast(null as date) as `started_on`, cast(null as date) as `ended_on`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-10 08:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(1 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(40 as decimal(5,2))
 as `weekly_capacity_hours`, cast(55 as decimal(10,2))
 as `cost_rate_usd`, cast(110 as decimal(10,2))
 as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast(null as date) as `started_on`, cast(null as date) as `ended_on`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-10 17:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(1 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(32 as decimal(5,2))
 as `weekly_capacity_hours`, cast(60 as decimal(10,2))
 as `cost_rate_usd`, cast(120 as decimal(10,2))
 as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast(null as date) as `started_on`, cast(null as date) as `ended_on`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-20 09:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
),  __dbt__cte__stg_app__team_members as (

-- Fixture for stg_app__team_members
select cast(1 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast(null as date) as `started_on`, cast(null as date) as `ended_on`, cast(null as timestamp) as `created_at`, cast('2026-03-20 09:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`
), snapshots as (
    select * from __dbt__cte__snp_app__team_members
),

members as (
    select * from __dbt__cte__stg_app__team_members
),

-- Every version seen, with when it was recorded. A member staged but not
-- yet snapshotted (a model run without the snapshot) gets its current row
-- as its only version, so no member's hours lose their rates.
recorded as (
    select
        team_member_id,
        
            role_key,
        
            team,
        
            weekly_capacity_hours,
        
            cost_rate_usd,
        
            bill_rate_usd,
        
        dbt_valid_from as recorded_at
    from snapshots
    union all
    select
        team_member_id,
        
            role_key,
        
            team,
        
            weekly_capacity_hours,
        
            cost_rate_usd,
        
            bill_rate_usd,
        
        updated_at as recorded_at
    from members
    where not exists (
        select 1 from snapshots
        where snapshots.team_member_id = members.team_member_id
    )
),

-- Each version applies from the day it was recorded (in UTC); of several
-- versions recorded on one day, the last one wins.
by_day as (
    select
        *,
        cast(recorded_at as date) as recorded_on,
        row_number() over (
            partition by
                team_member_id,
                cast(recorded_at as date)
            order by recorded_at desc
        ) as version_in_day
    from recorded
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
    from by_day
    where version_in_day = 1
),

final as (
    select
        team_member_id,
        
            role_key,
        
            team,
        
            weekly_capacity_hours,
        
            cost_rate_usd,
        
            bill_rate_usd,
        
        valid_from_on,
        valid_to_on,
        valid_to_on = cast('9999-12-31' as date) as is_current_version
    from windows
)

select * from final