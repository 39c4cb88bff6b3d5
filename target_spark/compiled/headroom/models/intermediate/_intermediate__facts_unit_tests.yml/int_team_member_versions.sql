
-- Fixture for int_team_member_versions
select cast(7 as bigint)
 as `team_member_id`, cast(null as string) as `role_key`, cast(null as string) as `team`, cast(null as decimal(5,2)) as `weekly_capacity_hours`, cast(40 as decimal(10,2))
 as `cost_rate_usd`, cast(90 as decimal(10,2))
 as `bill_rate_usd`, cast('1900-01-01' as date)
 as `valid_from_on`, cast('9999-12-31' as date)
 as `valid_to_on`, cast(null as boolean) as `is_current_version`