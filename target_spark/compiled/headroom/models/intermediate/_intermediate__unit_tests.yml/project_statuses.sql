
-- Fixture for project_statuses
select cast(2 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(False as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
union all
select cast(3 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(True as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
union all
select cast(4 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(True as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`
union all
select cast(7 as int)
 as `project_status_id`, cast(null as string) as `project_status_name`, cast(null as int) as `workflow_order`, cast(null as boolean) as `is_active`, cast(null as decimal(3,2)) as `forecast_probability`, cast(False as boolean)
 as `is_contracted`, cast(null as boolean) as `is_open`, cast(null as string) as `plan_certainty`