
-- Fixture for int_kept_plan_days
select cast(1 as bigint)
 as `project_id`, cast(7 as bigint)
 as `team_member_id`, cast('2026-11-20' as date)
 as `planned_on`, cast(2 as decimal(8,2))
 as `planned_hours`
union all
select cast(1 as bigint)
 as `project_id`, cast(7 as bigint)
 as `team_member_id`, cast('2026-11-23' as date)
 as `planned_on`, cast(8 as decimal(8,2))
 as `planned_hours`