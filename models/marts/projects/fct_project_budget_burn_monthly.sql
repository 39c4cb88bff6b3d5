{#
    The mart as analysts read it: int_project_budget_burn_monthly as it
    is, which fct_project_budget_burn reads too (no mart reads another:
    decision 33). A table, not a view: its source is rebuilt whole every
    run, and a view on it would be dropped with the old table each time,
    missing until the build made it again.
#}
{{ config(materialized='table') }}

with

source_rows as (
    select * from {{ ref('int_project_budget_burn_monthly') }}
),

final as (
    select
        project_id,
        month_start,
        budget_hours,
        actual_hours,
        planned_hours,
        cumulative_hours,
        cumulative_burn_ratio,
        overrun_hours,
        overrun_cost_usd,
        overrun_uncosted_hours,
        revenue_at_risk_usd,
        overrun_unpriced_hours
    from source_rows
)

select * from final
