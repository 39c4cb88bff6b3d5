
-- Fixture for int_project_budget_burn_monthly
select cast(1 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as decimal(12,2)) as `budget_hours`, cast(16 as decimal(12,2))
 as `actual_hours`, cast(10 as decimal(12,2))
 as `planned_hours`, cast(null as decimal(14,2)) as `cumulative_hours`, cast(null as decimal(10,4)) as `cumulative_burn_ratio`, cast(4 as decimal(12,2))
 as `overrun_hours`, cast(200 as decimal(14,2))
 as `overrun_cost_usd`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`, cast(400 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`
union all
select cast(2 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as decimal(12,2)) as `budget_hours`, cast(12 as decimal(12,2))
 as `actual_hours`, cast(0 as decimal(12,2))
 as `planned_hours`, cast(null as decimal(14,2)) as `cumulative_hours`, cast(null as decimal(10,4)) as `cumulative_burn_ratio`, cast(2 as decimal(12,2))
 as `overrun_hours`, cast(50 as decimal(14,2))
 as `overrun_cost_usd`, cast(0 as decimal(14,2))
 as `overrun_uncosted_hours`, cast(240 as decimal(14,2))
 as `revenue_at_risk_usd`, cast(0 as decimal(14,2))
 as `overrun_unpriced_hours`
union all
select cast(3 as bigint)
 as `project_id`, cast('2026-11-01' as date)
 as `month_start`, cast(null as decimal(12,2)) as `budget_hours`, cast(5 as decimal(12,2))
 as `actual_hours`, cast(0 as decimal(12,2))
 as `planned_hours`, cast(null as decimal(14,2)) as `cumulative_hours`, cast(null as decimal(10,4)) as `cumulative_burn_ratio`, cast(null as decimal(12,2))
 as `overrun_hours`, cast(null as decimal(14,2))
 as `overrun_cost_usd`, cast(null as decimal(14,2))
 as `overrun_uncosted_hours`, cast(null as decimal(14,2))
 as `revenue_at_risk_usd`, cast(null as decimal(14,2))
 as `overrun_unpriced_hours`