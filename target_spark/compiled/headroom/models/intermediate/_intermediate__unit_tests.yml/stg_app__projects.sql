
-- Fixture for stg_app__projects
select cast(2 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(7 as int)
 as `project_status_id`, cast('2026-01-20' as date)
 as `starts_on`, cast('2026-05-10' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(1000 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-01-05 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(3 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-02-15' as date)
 as `starts_on`, cast('2026-04-30' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(500 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('EUR' as string)
 as `currency`, cast('2026-02-01 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(6 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(2 as int)
 as `project_status_id`, cast('2026-03-01' as date)
 as `starts_on`, cast('2026-04-30' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(300 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-02-20 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(7 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-01-01' as date)
 as `starts_on`, cast('2026-02-28' as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(100 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-03-10 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(8 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(1 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-01-01' as date)
 as `starts_on`, cast(null as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(100 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-01-01 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`
union all
select cast(9 as bigint)
 as `project_id`, cast(null as string) as `project_code`, cast(null as string) as `project_name`, cast(null as string) as `client_name`, cast(2 as int)
 as `project_type_id`, cast(3 as int)
 as `project_status_id`, cast('2026-01-01' as date)
 as `starts_on`, cast(null as date)
 as `ends_on`, cast(null as decimal(10,2)) as `hourly_rate`, cast(100 as decimal(12,2))
 as `monthly_fee`, cast(null as decimal(10,2)) as `budget_hours`, cast('USD' as string)
 as `currency`, cast('2026-01-01 10:00:00+00' as timestamp)
 as `created_at`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(True as boolean)
 as `is_deleted`