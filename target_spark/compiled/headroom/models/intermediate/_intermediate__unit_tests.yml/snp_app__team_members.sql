
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