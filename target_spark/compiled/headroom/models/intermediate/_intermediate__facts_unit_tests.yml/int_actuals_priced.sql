
-- Fixture for int_actuals_priced
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-11-16' as date)
 as `worked_on`, cast(8 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(1 as bigint)
 as `project_id`, cast('2026-11-17' as date)
 as `worked_on`, cast(8 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(2 as bigint)
 as `project_id`, cast('2026-11-02' as date)
 as `worked_on`, cast(12 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`
union all
select cast(null as bigint) as `actual_id`, cast(null as bigint) as `team_member_id`, cast(3 as bigint)
 as `project_id`, cast('2026-11-16' as date)
 as `worked_on`, cast(5 as decimal(5,2))
 as `hours`, cast(null as string) as `actual_source`, cast(null as string) as `project_type_name`, cast(null as string) as `revenue_treatment`, cast(null as boolean) as `is_billable`, cast(null as decimal(14,2)) as `revenue_usd`, cast(null as decimal(14,2)) as `cost_usd`, cast(null as boolean) as `is_unpriced`, cast(null as boolean) as `is_uncosted`, cast(null as boolean) as `is_backfilled`, cast(null as boolean) as `is_edited_after_week_closed`, cast(null as boolean) as `is_on_time_off`, cast(null as boolean) as `is_on_day_off`, cast(null as int) as `quality_flag_count`, cast(null as decimal(3,2)) as `quality_score`, cast(null as timestamp) as `updated_at`, cast(null as timestamp) as `staged_at`