{#
    Which support contracts cost more than they earn?
    Support (retainer) projects whose actual cost over the last 12 months up
    to the as-of month is above their actual fee revenue, worst first.

    Run: headroom dbt compile --select support_contracts_costing_more_than_they_earn
         then psql -f target/compiled/headroom/analyses/support_contracts_costing_more_than_they_earn.sql
#}

with

project_months as (
    select * from {{ ref('fct_revenue_forecast_monthly') }}
),

projects as (
    select * from {{ ref('dim_projects') }}
),

last_twelve_months as (
    select
        project_id,
        sum(actual_hours) as actual_hours,
        sum(actual_revenue_usd) as revenue_usd,
        sum(actual_cost_usd) as cost_usd
    from project_months
    where
        revenue_treatment = 'retainer'
        and month_start
        > cast({{ dbt.dateadd('month', -12, as_of_month()) }} as date)
        and month_start <= {{ as_of_month() }}
    group by project_id
),

final as (
    select
        projects.project_code,
        projects.client_name,
        projects.project_status_name,
        last_twelve_months.actual_hours,
        last_twelve_months.revenue_usd,
        last_twelve_months.cost_usd,
        last_twelve_months.revenue_usd - last_twelve_months.cost_usd
            as margin_usd
    from last_twelve_months
    inner join projects
        on last_twelve_months.project_id = projects.project_id
    where last_twelve_months.cost_usd > last_twelve_months.revenue_usd
    order by margin_usd asc
)

select * from final
