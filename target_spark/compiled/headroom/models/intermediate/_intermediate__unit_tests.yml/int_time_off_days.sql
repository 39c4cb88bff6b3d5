
-- Fixture for int_time_off_days
select cast(1 as bigint)
 as `team_member_id`, cast('2026-03-03' as date)
 as `off_on`, cast(10 as decimal(14,2))
 as `time_off_hours`