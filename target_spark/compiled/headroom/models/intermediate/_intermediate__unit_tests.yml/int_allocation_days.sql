
-- Fixture for int_allocation_days
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-03-17' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-03-19' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(8 as bigint)
 as `team_member_id`, cast(4 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `planned_on`, cast(6 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(8 as bigint)
 as `team_member_id`, cast(4 as bigint)
 as `project_id`, cast('2027-04-01' as date)
 as `planned_on`, cast(3 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(5 as bigint)
 as `project_id`, cast('2026-03-19' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(False as boolean)
 as `is_project_deleted`, cast(True as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `allocation_id`, cast(7 as bigint)
 as `team_member_id`, cast(6 as bigint)
 as `project_id`, cast('2026-03-20' as date)
 as `planned_on`, cast(8 as decimal(4,2))
 as `planned_hours`, cast(null as boolean) as `is_billable`, cast(True as boolean)
 as `is_project_deleted`, cast(False as boolean)
 as `is_project_closed`, cast(null as string) as `project_plan_certainty`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`