
-- Fixture for snp_app__projects
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-01-05 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(4 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-02-10 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(7 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-05 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(3 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-02-01 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(6 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(2 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-02-20 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`
union all
select cast(7 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(null as int) as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast(null as date) as `starts_on`, cast(null as date) as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(null as decimal(12,2)) as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast(null as string) as `currency`, cast(null as timestamp) as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(null as boolean) as `is_deleted`, cast(null as string) as `dbt_scd_id`, cast(null as timestamp) as `dbt_updated_at`, cast('2026-03-10 10:00:00+00' as timestamp)
 as `dbt_valid_from`, cast(null as timestamp) as `dbt_valid_to`