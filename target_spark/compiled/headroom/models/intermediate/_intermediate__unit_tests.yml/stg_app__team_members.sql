
-- Fixture for stg_app__team_members
select cast(1 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast('2020-01-06' as date)
 as `started_on`, cast(null as date)
 as `ended_on`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`
union all
select cast(2 as bigint)
 as `team_member_id`, cast(null as bigint) as `user_id`, cast(null as string) as `team_member_name`, cast(null as string) as `role_raw`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(null as decimal(10,2)) as `cost_rate_usd`, cast(null as decimal(10,2)) as `bill_rate_usd`, cast(null as boolean) as `is_active`, cast('2026-03-04' as date)
 as `started_on`, cast(null as date)
 as `ended_on`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`