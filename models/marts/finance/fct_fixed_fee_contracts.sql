{#
    One row per live Fixed Fee project (doc fixed_fee_recognition): the
    fee, the progress on hours, what is recognized and what is not yet,
    the forecast, the cost at completion and the margin, with the
    loss-making contracts flagged and their expected loss. The revenue is
    int_fixed_fee_revenue_monthly's (closed months as locked), the cost
    the forecast's (int_revenue_forecast_monthly), the overrun the budget
    burn's: each figure has one home.
#}
with

projects as (
    select * from {{ ref('int_projects') }}
),

progress as (
    select * from {{ ref('int_fixed_fee_progress_monthly') }}
),

revenue_months as (
    select * from {{ ref('int_fixed_fee_revenue_monthly') }}
),

forecast as (
    select * from {{ ref('int_revenue_forecast_monthly') }}
),

budget_burn as (
    select * from {{ ref('int_project_budget_burn') }}
),

fx_rates as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

-- the estimate: the same on every month of a project
estimates as (
    select
        project_id,
        max(worked_hours_to_date) as worked_hours_to_date,
        max(estimate_at_completion_hours) as estimate_at_completion_hours
    from progress
    group by project_id
),

recognized as (
    select
        project_id,
        sum(revenue) as recognized_to_date,
        sum(revenue_usd) as recognized_to_date_usd,
        sum(
            case
                when month_start = {{ as_of_month() }} then estimate_change_usd
            end
        ) as estimate_change_usd
    from revenue_months
    group by project_id
),

money as (
    select
        project_id,
        sum(actual_cost_usd) as cost_to_date_usd,
        sum(actual_cost_usd + forecast_cost_usd) as cost_at_completion_usd,
        sum(forecast_revenue_usd) as forecast_revenue_usd,
        sum(weighted_forecast_revenue_usd) as weighted_forecast_revenue_usd,
        sum(uncosted_hours) as uncosted_hours
    from forecast
    where revenue_treatment = 'fixed_fee'
    group by project_id
),

contracts as (
    select
        projects.project_id,
        projects.project_status_name,
        projects.project_status_name = 'Cancelled' as is_cancelled,
        projects.currency,
        projects.fixed_fee,
        projects.fixed_fee * fx_rates.usd_per_unit as fixed_fee_usd,
        fx_rates.usd_per_unit,
        projects.budget_hours,
        coalesce(estimates.worked_hours_to_date, 0) as worked_hours,
        coalesce(estimates.estimate_at_completion_hours, 0)
            as estimate_at_completion_hours,
        {#- a fee not known leaves every amount of it unknown #}
        {% for source, amount in [
            ('recognized', 'recognized_to_date'),
            ('recognized', 'recognized_to_date_usd'),
            ('recognized', 'estimate_change_usd'),
            ('money', 'forecast_revenue_usd'),
            ('money', 'weighted_forecast_revenue_usd'),
        ] %}
            case
                when projects.fixed_fee is not null
                    then coalesce({{ source }}.{{ amount }}, 0)
            end as {{ amount }},
        {% endfor %}
        coalesce(money.cost_to_date_usd, 0) as cost_to_date_usd,
        coalesce(money.cost_at_completion_usd, 0) as cost_at_completion_usd,
        coalesce(money.uncosted_hours, 0) as uncosted_hours,
        budget_burn.projected_overrun_hours,
        budget_burn.margin_erosion_usd
    from projects
    left outer join estimates
        on projects.project_id = estimates.project_id
    left outer join recognized
        on projects.project_id = recognized.project_id
    left outer join money
        on projects.project_id = money.project_id
    left outer join budget_burn
        on projects.project_id = budget_burn.project_id
    left outer join fx_rates
        on
            projects.currency = fx_rates.currency
            and fx_rates.month_start = {{ as_of_month() }}
    where
        projects.revenue_treatment = 'fixed_fee'
        and not projects.is_deleted
),

-- What the contract brings at completion: what it recognized, and the
-- fee still to come along the plan (a cancelled one: nothing more).
completion as (
    select
        contracts.*,
        contracts.recognized_to_date_usd + contracts.forecast_revenue_usd
            as revenue_at_completion_usd
    from contracts
),

final as (
    select
        project_id,
        project_status_name,
        is_cancelled,
        currency,
        cast(fixed_fee as numeric(14, 2)) as fixed_fee,
        cast(fixed_fee_usd as numeric(14, 2)) as fixed_fee_usd,
        fixed_fee is not null as is_fee_known,
        cast(budget_hours as numeric(12, 2)) as budget_hours,
        cast(worked_hours as numeric(12, 2)) as worked_hours,
        cast(estimate_at_completion_hours as numeric(12, 2))
            as estimate_at_completion_hours,
        {{ safe_ratio('worked_hours', 'estimate_at_completion_hours') }}
            as percent_complete,
        cast(recognized_to_date as numeric(14, 2)) as recognized_to_date,
        cast(recognized_to_date_usd as numeric(14, 2))
            as recognized_to_date_usd,
        cast(estimate_change_usd as numeric(14, 2)) as estimate_change_usd,
        -- the fee not recognized by the as-of day, at the as-of month's rate
        cast(
            (fixed_fee - recognized_to_date) * usd_per_unit as numeric(14, 2)
        ) as unrecognized_fee_usd,
        cast(forecast_revenue_usd as numeric(14, 2)) as forecast_revenue_usd,
        cast(weighted_forecast_revenue_usd as numeric(14, 2))
            as weighted_forecast_revenue_usd,
        cast(revenue_at_completion_usd as numeric(14, 2))
            as revenue_at_completion_usd,
        cast(cost_to_date_usd as numeric(14, 2)) as cost_to_date_usd,
        cast(cost_at_completion_usd as numeric(14, 2))
            as cost_at_completion_usd,
        cast(uncosted_hours as numeric(12, 2)) as uncosted_hours,
        -- the margin is known when the fee and every hour's cost are
        cast(
            case
                when uncosted_hours = 0
                    then revenue_at_completion_usd - cost_at_completion_usd
            end as numeric(14, 2)
        ) as expected_margin_usd,
        -- loss-making: the cost at completion passes the revenue; certain
        -- once the known cost does, unknown while hours are uncosted
        case
            when revenue_at_completion_usd is null then null
            when cost_at_completion_usd > revenue_at_completion_usd then true
            when uncosted_hours > 0 then null
            else false
        end as is_loss_making,
        cast(
            case
                when uncosted_hours > 0 or revenue_at_completion_usd is null
                    then null
                when cost_at_completion_usd > revenue_at_completion_usd
                    then cost_at_completion_usd - revenue_at_completion_usd
                else 0
            end as numeric(14, 2)
        ) as expected_loss_usd,
        cast(projected_overrun_hours as numeric(12, 2))
            as projected_overrun_hours,
        cast(margin_erosion_usd as numeric(14, 2)) as margin_erosion_usd
    from completion
)

select * from final
