{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['month_start']},
            {'columns': ['project_id', 'month_start']},
        ],
        'pre_hook': [
            "{{ begin_period_increment(
                ref('int_changed_project_months'), 'month', 'month_start',
                'project_id',
            ) }}",
        ],
        'post_hook': [
            "{{ record_period_increment(
                ref('int_projects'), 'project_id',
            ) }}",
            "{{ analyze_relation(this) }}",
        ],
    }))
}}

-- Incremental by project and month (decisions 21 and 33): the pre-hook
-- deletes the rows of the months int_changed_project_months lists;
-- actuals, plans and fees are then read for those months only.

with

actuals as (
    select actuals.*
    from {{ rows_in_changed_periods(
        ref('int_actuals_priced'), ref('int_changed_project_months'), 'month',
        'project_id', 'worked_on',
    ) }} as actuals
),

-- the plan after the as-of day that will be worked (time off and dead
-- projects taken out)
kept_plan_days as (
    select kept_plan_days.*
    from {{ rows_in_changed_periods(
        ref('int_kept_plan_days'), ref('int_changed_project_months'), 'month',
        'project_id', 'planned_on',
    ) }} as kept_plan_days
),

support_fee_months as (
    select support_fee_months.*
    from {{ ref('int_support_fee_months') }} as support_fee_months
    {{ in_changed_periods(
        ref('int_changed_project_months'), 'month',
        'support_fee_months.project_id', 'support_fee_months.month_start',
    ) }}
),

-- Fixed Fee contracts: revenue by percentage of completion, closed
-- months locked (int_fixed_fee_revenue_monthly)
fixed_fee_months as (
    select fixed_fee_months.*
    from {{ ref('int_fixed_fee_revenue_monthly') }} as fixed_fee_months
    {{ in_changed_periods(
        ref('int_changed_project_months'), 'month',
        'fixed_fee_months.project_id', 'fixed_fee_months.month_start',
    ) }}
),

member_versions as (
    select * from {{ ref('int_team_member_versions') }}
),

-- the plan on placeholders is unstaffed demand, forecast at the
-- placeholder's rates like a member's; its share is reported apart
placeholders as (
    select team_member_id from {{ ref('stg_app__team_members') }}
    where is_placeholder
),

projects as (
    select * from {{ ref('int_projects') }}
),

fx_rates as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

-- The months the forecast covers: from the first month anything was
-- worked or a support fee was due (of all projects, not only those in
-- scope) to the 12th month after the as-of month.
bounds as (
    select
        forecast_window.window_start_on as first_month,
        {{ as_of_month() }} as as_of_month,
        forecast_window.window_end_on as horizon_end
    from ({{ forecast_window(
        ref('int_actuals_priced'), ref('int_support_fee_months')
    ) }}) as forecast_window
),

project_terms as (
    select
        project_id,
        currency,
        hourly_rate,
        revenue_treatment,
        forecast_probability
    from projects
),

-- Up to the as-of day: what was worked, at the rates of the day. Hours
-- whose revenue or cost is unknown stay hours and are counted apart.
worked as (
    select
        project_id,
        {{ month_start_of('worked_on') }} as month_start,
        sum(hours) as actual_hours,
        sum(revenue_usd) as actual_revenue_usd,
        sum(cost_usd) as actual_cost_usd,
        {{ unknown_money_hours('hours') }}
    from actuals
    group by project_id, month_start
),

-- After the as-of day, to the horizon: the kept plan, at the member's
-- rates of the day and the FX rate known on the as-of day.
plan_days as (
    select
        kept_plan_days.project_id,
        {{ month_start_of('kept_plan_days.planned_on') }} as month_start,
        project_terms.revenue_treatment,
        kept_plan_days.planned_hours,
        {{ revenue_at_rates_of_day(
            'kept_plan_days.planned_hours', 'project_terms'
        ) }} as revenue_usd,
        kept_plan_days.planned_hours * member_versions.cost_rate_usd
            as cost_usd,
        placeholders.team_member_id is not null as is_unstaffed
    from kept_plan_days
    inner join project_terms
        on kept_plan_days.project_id = project_terms.project_id
    left outer join placeholders
        on kept_plan_days.team_member_id = placeholders.team_member_id
    {{ join_rates_on_day(
        'kept_plan_days.team_member_id',
        'project_terms.currency',
        'kept_plan_days.planned_on',
    ) }}
),

planned as (
    select
        project_id,
        month_start,
        sum(planned_hours) as forecast_hours,
        sum(revenue_usd) as forecast_revenue_usd,
        sum(cost_usd) as forecast_cost_usd,
        sum(case when is_unstaffed then planned_hours else 0 end)
            as unstaffed_forecast_hours,
        sum(case when is_unstaffed then revenue_usd else 0 end)
            as unstaffed_forecast_revenue_usd,
        sum(case when is_unstaffed then cost_usd else 0 end)
            as unstaffed_forecast_cost_usd,
        {{ unknown_money_hours('planned_hours') }}
    from plan_days
    group by project_id, month_start
),

-- Support contracts: the fee of every month their dates overlap, earned
-- or forecast as the status history says (int_support_fee_months).
fees as (
    select
        support_fee_months.project_id,
        support_fee_months.month_start,
        support_fee_months.earned_fee_usd,
        support_fee_months.forecast_fee_usd
    from support_fee_months
    cross join bounds
    where
        support_fee_months.fee_status <> 'not_earned'
        and support_fee_months.month_start
        between bounds.first_month and bounds.horizon_end
),

-- Fixed Fee contracts: the month's recognized revenue is earned, the rest
-- forecast; their hours are cost only (worked and planned above). A fee
-- not known leaves the revenue unknown and the hours unpriced.
fixed_fees as (
    select
        fixed_fee_months.project_id,
        fixed_fee_months.month_start,
        fixed_fee_months.revenue_usd,
        fixed_fee_months.forecast_revenue_usd,
        fixed_fee_months.unpriced_hours
    from fixed_fee_months
    cross join bounds
    where
        fixed_fee_months.month_start
        between bounds.first_month and bounds.horizon_end
),

amounts as (
    select
        project_id,
        month_start,
        actual_hours,
        actual_revenue_usd,
        actual_cost_usd,
        0 as forecast_hours,
        0 as forecast_revenue_usd,
        0 as forecast_cost_usd,
        0 as unstaffed_forecast_hours,
        0 as unstaffed_forecast_revenue_usd,
        0 as unstaffed_forecast_cost_usd,
        unpriced_hours,
        uncosted_hours
    from worked
    union all
    select
        project_id,
        month_start,
        0 as actual_hours,
        0 as actual_revenue_usd,
        0 as actual_cost_usd,
        forecast_hours,
        forecast_revenue_usd,
        forecast_cost_usd,
        unstaffed_forecast_hours,
        unstaffed_forecast_revenue_usd,
        unstaffed_forecast_cost_usd,
        unpriced_hours,
        uncosted_hours
    from planned
    union all
    select
        project_id,
        month_start,
        0 as actual_hours,
        earned_fee_usd as actual_revenue_usd,
        0 as actual_cost_usd,
        0 as forecast_hours,
        forecast_fee_usd as forecast_revenue_usd,
        0 as forecast_cost_usd,
        0 as unstaffed_forecast_hours,
        0 as unstaffed_forecast_revenue_usd,
        0 as unstaffed_forecast_cost_usd,
        0 as unpriced_hours,
        0 as uncosted_hours
    from fees
    union all
    select
        project_id,
        month_start,
        0 as actual_hours,
        revenue_usd as actual_revenue_usd,
        0 as actual_cost_usd,
        0 as forecast_hours,
        forecast_revenue_usd,
        0 as forecast_cost_usd,
        0 as unstaffed_forecast_hours,
        0 as unstaffed_forecast_revenue_usd,
        0 as unstaffed_forecast_cost_usd,
        unpriced_hours,
        0 as uncosted_hours
    from fixed_fees
),

-- Sums of the known amounts (sum() skips the unknown ones, which the
-- unpriced and uncosted hours count).
project_months as (
    select
        project_id,
        month_start,
        coalesce(sum(actual_hours), 0) as actual_hours,
        coalesce(sum(actual_revenue_usd), 0) as actual_revenue_usd,
        coalesce(sum(actual_cost_usd), 0) as actual_cost_usd,
        coalesce(sum(forecast_hours), 0) as forecast_hours,
        coalesce(sum(forecast_revenue_usd), 0) as forecast_revenue_usd,
        coalesce(sum(forecast_cost_usd), 0) as forecast_cost_usd,
        coalesce(sum(unstaffed_forecast_hours), 0) as unstaffed_forecast_hours,
        coalesce(sum(unstaffed_forecast_revenue_usd), 0)
            as unstaffed_forecast_revenue_usd,
        coalesce(sum(unstaffed_forecast_cost_usd), 0)
            as unstaffed_forecast_cost_usd,
        sum(unpriced_hours) as unpriced_hours,
        sum(uncosted_hours) as uncosted_hours
    from amounts
    group by project_id, month_start
),

final as (
    select
        project_months.project_id,
        project_months.month_start,
        project_terms.revenue_treatment,
        project_terms.forecast_probability,
        project_months.month_start > bounds.as_of_month as is_future_month,
        cast(project_months.actual_hours as numeric(12, 2)) as actual_hours,
        cast(project_months.actual_revenue_usd as numeric(14, 2))
            as actual_revenue_usd,
        cast(project_months.actual_cost_usd as numeric(14, 2))
            as actual_cost_usd,
        cast(project_months.forecast_hours as numeric(12, 2)) as forecast_hours,
        cast(project_months.forecast_revenue_usd as numeric(14, 2))
            as forecast_revenue_usd,
        cast(project_months.forecast_cost_usd as numeric(14, 2))
            as forecast_cost_usd,
        cast(
            project_months.forecast_revenue_usd
            * project_terms.forecast_probability as numeric(14, 2)
        ) as weighted_forecast_revenue_usd,
        cast(
            project_months.forecast_cost_usd
            * project_terms.forecast_probability as numeric(14, 2)
        ) as weighted_forecast_cost_usd,
        cast(project_months.unstaffed_forecast_hours as numeric(12, 2))
            as unstaffed_forecast_hours,
        cast(
            project_months.unstaffed_forecast_revenue_usd
            * project_terms.forecast_probability as numeric(14, 2)
        ) as unstaffed_weighted_forecast_revenue_usd,
        cast(
            project_months.unstaffed_forecast_cost_usd
            * project_terms.forecast_probability as numeric(14, 2)
        ) as unstaffed_weighted_forecast_cost_usd,
        cast(project_months.unpriced_hours as numeric(12, 2))
            as unpriced_hours,
        cast(project_months.uncosted_hours as numeric(12, 2))
            as uncosted_hours
    from project_months
    cross join bounds
    inner join project_terms
        on project_months.project_id = project_terms.project_id
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by month_start, project_id
