
-- Fixture for project_types
select cast(1 as int)
 as `project_type_id`, cast(null as string) as `project_type_name`, cast('time_and_materials' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`
union all
select cast(2 as int)
 as `project_type_id`, cast(null as string) as `project_type_name`, cast('retainer' as string)
 as `revenue_treatment`, cast(null as boolean) as `is_billable`