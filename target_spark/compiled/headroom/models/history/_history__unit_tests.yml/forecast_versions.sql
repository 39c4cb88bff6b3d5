select cast(1 as bigint) as project_id, date '2026-12-01' as month_start, date '2026-09-15' as as_of_on, false as is_withdrawn, cast(10 as numeric(12, 2)) as forecast_hours, cast(1000 as numeric(14, 2)) as forecast_revenue_usd, cast(1000 as numeric(14, 2)) as weighted_forecast_revenue_usd, cast(500 as numeric(14, 2)) as weighted_forecast_cost_usd, now() as recorded_at
union all select 1, date '2026-12-01', date '2026-10-20', false, 15, 1500, 1500, 700, now()
union all select 1, date '2026-12-01', date '2026-11-10', false, 12, 1500, 1200, 600, now()
union all select 2, date '2026-12-01', date '2026-09-15', false, 3, 300, 300, 100, now()
union all select 3, date '2027-01-01', date '2026-10-20', false, 8, 800, 800, 300, now()
union all select 5, date '2026-11-01', date '2026-10-20', false, 5, 500, 500, 200, now()