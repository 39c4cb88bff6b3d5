{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        indexes=[
            {'columns': ['month_start']},
            {'columns': ['project_id', 'month_start']},
        ],
        pre_hook=[
            "{{ begin_period_increment('project', 'month', 'month_start') }}",
        ],
        post_hook=[
            "{{ record_period_increment('project') }}",
            "analyze {{ this }}",
        ],
    )
}}

-- Incremental by project and month (decision 21): the pre-hook lists the
-- months whose inputs changed since the last build and deletes their rows;
-- actuals, plans and fees are then read for those months only.

with

actuals as (
    select actuals.*
    from {{ ref('fct_actuals_priced') }} as actuals
    {{ in_changed_periods('actuals.project_id', 'actuals.worked_on') }}
),

allocation_days as (
    select allocation_days.*
    from {{ ref('int_allocation_days') }} as allocation_days
    {{ in_changed_periods(
        'allocation_days.project_id', 'allocation_days.planned_on'
    ) }}
),

member_versions as (
    select * from {{ ref('int_team_member_versions') }}
),

projects as (
    select * from {{ ref('dim_projects') }}
),

fx_rates as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

months as (
    select distinct month_start from calendar
),

-- The months the forecast covers: from the first month anything was
-- worked (in all actuals, not only the months in scope) to the 12th month
-- after the as-of month.
bounds as (
    select
        forecast_window.window_start_on as first_month,
        {{ as_of_month() }} as as_of_month,
        forecast_window.window_end_on as horizon_end
    from ({{ forecast_window() }}) as forecast_window
),

project_terms as (
    select
        project_id,
        currency,
        hourly_rate,
        monthly_fee,
        is_deleted,
        coalesce(
            starts_on, cast(created_at at time zone 'UTC' as date)
        ) as fee_starts_on,
        coalesce(ends_on, cast('9999-12-31' as date)) as fee_ends_on,
        revenue_treatment,
        forecast_probability,
        is_contracted
    from projects
),

-- Up to the as-of day: what was worked, at the rates of the day.
worked as (
    select
        project_id,
        cast({{ dbt.date_trunc('month', 'worked_on') }} as date) as month_start,
        sum(hours) as actual_hours,
        sum(revenue_usd) as actual_revenue_usd,
        sum(cost_usd) as actual_cost_usd
    from actuals
    group by project_id, month_start
),

-- After the as-of day, to the horizon: what is planned, at the member's
-- current rates and the latest FX rate. Deleted projects plan nothing.
planned as (
    select
        allocation_days.project_id,
        cast(
            {{ dbt.date_trunc('month', 'allocation_days.planned_on') }} as date
        ) as month_start,
        sum(allocation_days.planned_hours) as forecast_hours,
        sum(
            {{ revenue_at_rates_of_day(
                'allocation_days.planned_hours', 'project_terms'
            ) }}
        ) as forecast_revenue_usd,
        sum(allocation_days.planned_hours * member_versions.cost_rate_usd)
            as forecast_cost_usd
    from allocation_days
    cross join bounds
    inner join project_terms
        on allocation_days.project_id = project_terms.project_id
    {{ join_rates_on_day(
        'allocation_days.team_member_id',
        'project_terms.currency',
        'allocation_days.planned_on',
    ) }}
    where
        allocation_days.planned_on > {{ as_of_date() }}
        and allocation_days.planned_on <= bounds.horizon_end
        and not project_terms.is_deleted
    group by
        allocation_days.project_id,
        cast(
            {{ dbt.date_trunc('month', 'allocation_days.planned_on') }} as date
        )
),

-- Support contracts earn their fee in every calendar month that overlaps
-- their dates: up to the as-of month as actual revenue when the project is
-- now contracted, after it as forecast.
fee_months as (
    select
        project_terms.project_id,
        months.month_start,
        case
            when
                months.month_start <= bounds.as_of_month
                and project_terms.is_contracted
                then project_terms.monthly_fee * fx_rates.usd_per_unit
            else 0
        end as actual_fee_usd,
        case
            when months.month_start > bounds.as_of_month
                then project_terms.monthly_fee * fx_rates.usd_per_unit
            else 0
        end as forecast_fee_usd
    from project_terms
    cross join bounds
    inner join months
        on
            months.month_start between bounds.first_month
            and bounds.horizon_end
            and project_terms.fee_ends_on >= months.month_start
            and months.month_start
            >= cast(
                {{ dbt.date_trunc('month', 'project_terms.fee_starts_on') }}
                as date
            )
    {{ in_changed_periods('project_terms.project_id', 'months.month_start') }}
    inner join fx_rates
        on
            project_terms.currency = fx_rates.currency
            and months.month_start = fx_rates.month_start
    where
        project_terms.revenue_treatment = 'retainer'
        and project_terms.monthly_fee is not null
        and not project_terms.is_deleted
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
        0 as forecast_cost_usd
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
        forecast_cost_usd
    from planned
    union all
    select
        project_id,
        month_start,
        0 as actual_hours,
        actual_fee_usd as actual_revenue_usd,
        0 as actual_cost_usd,
        0 as forecast_hours,
        forecast_fee_usd as forecast_revenue_usd,
        0 as forecast_cost_usd
    from fee_months
),

project_months as (
    select
        project_id,
        month_start,
        coalesce(sum(actual_hours), 0) as actual_hours,
        coalesce(sum(actual_revenue_usd), 0) as actual_revenue_usd,
        coalesce(sum(actual_cost_usd), 0) as actual_cost_usd,
        coalesce(sum(forecast_hours), 0) as forecast_hours,
        coalesce(sum(forecast_revenue_usd), 0) as forecast_revenue_usd,
        coalesce(sum(forecast_cost_usd), 0) as forecast_cost_usd
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
        ) as weighted_forecast_cost_usd
    from project_months
    cross join bounds
    inner join project_terms
        on project_months.project_id = project_terms.project_id
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by month_start, project_id
