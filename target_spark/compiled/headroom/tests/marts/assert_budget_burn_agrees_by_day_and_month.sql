
with

burn as (
    select * from marts.fct_project_budget_burn
),

months as (
    select * from marts.fct_project_budget_burn_monthly
),

first_month_reached as (
    select
        project_id,
        min(month_start) as month_start
    from months
    where cumulative_hours >= budget_hours and cumulative_hours > 0
    group by project_id
),

final as (
    select
        burn.project_id,
        burn.budget_exhausted_on,
        first_month_reached.month_start as month_reached,
        burn.projected_overrun_hours
    from burn
    left outer join first_month_reached
        on burn.project_id = first_month_reached.project_id
    where
        burn.has_budget
        and (
            cast(date_trunc('month', burn.budget_exhausted_on) as date)
            is distinct from first_month_reached.month_start
            or (
                burn.projected_overrun_hours > 0
                and burn.budget_exhausted_on is null
            )
        )
)

select * from final