
-- Fixture for stg_app__actuals
select cast(1 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(10 as bigint)
 as `project_id`, cast('2026-03-10' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(2 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-10' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-10 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(3 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `worked_on`, cast(2 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(4 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(30 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `worked_on`, cast(3 as decimal(5,2))
 as `hours`, cast('import' as string)
 as `actual_source`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-30 09:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(5 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-21' as date)
 as `worked_on`, cast(1 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-21 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-21 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(True as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(6 as bigint)
 as `actual_id`, cast(2 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `worked_on`, cast(4 as decimal(5,2))
 as `hours`, cast('allocation_backfill' as string)
 as `actual_source`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-20 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`
union all
select cast(7 as bigint)
 as `actual_id`, cast(1 as bigint)
 as `team_member_id`, cast(20 as bigint)
 as `project_id`, cast('2026-03-14' as date)
 as `worked_on`, cast(1 as decimal(5,2))
 as `hours`, cast('timesheet' as string)
 as `actual_source`, cast('2026-03-14 18:00:00+00' as timestamp)
 as `created_at`, cast('2026-03-14 18:00:00+00' as timestamp)
 as `updated_at`, cast(null as timestamp) as `deleted_at`, cast(False as boolean)
 as `is_deleted`, cast(null as timestamp) as `staged_at`