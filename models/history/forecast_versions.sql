{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'full_refresh': false,
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['project_id', 'month_start', 'as_of_on'], 'unique': true},
            {'columns': ['month_start']},
        ],
        'pre_hook': ["{{ forget_versions_of_the_day() }}"],
    }))
}}

-- The history of the revenue forecast (issue 17, decision 32): each build
-- records, for every project and future month, the forecast it made when
-- it differs from the last one recorded before its as-of day; a forecast
-- that disappears (its plan removed) is recorded as withdrawn, at zero.
-- Append-only and never rebuilt (full_refresh=false): the past forecasts
-- cannot be made again. A second build as of the same day first forgets
-- what the first recorded for that day (the pre-hook): idempotent.

with

forecast as (
    select * from {{ ref('int_revenue_forecast_monthly') }}
),

-- what this build forecasts: the months after the as-of month, whole
current_forecast as (
    select
        project_id,
        month_start,
        forecast_hours,
        forecast_revenue_usd,
        weighted_forecast_revenue_usd,
        weighted_forecast_cost_usd
    from forecast
    where month_start > {{ as_of_month() }}
),

{% if is_incremental() %}
    recorded as (
        select
            project_id,
            month_start,
            as_of_on,
            forecast_hours,
            forecast_revenue_usd,
            weighted_forecast_revenue_usd,
            weighted_forecast_cost_usd,
            is_withdrawn,
            row_number() over (
                partition by project_id, month_start order by as_of_on desc
            ) as recency
        from {{ this }}
        where as_of_on < {{ as_of_date() }}
    ),
{% else %}
    recorded as (
        select
            cast(null as bigint) as project_id,
            cast(null as date) as month_start,
            cast(null as date) as as_of_on,
            cast(null as numeric) as forecast_hours,
            cast(null as numeric) as forecast_revenue_usd,
            cast(null as numeric) as weighted_forecast_revenue_usd,
            cast(null as numeric) as weighted_forecast_cost_usd,
            cast(null as boolean) as is_withdrawn,
            cast(null as bigint) as recency
        where false
    ),
{% endif %}

last_known as (
    select * from recorded
    where recency = 1
),

compared as (
    select
        coalesce(current_forecast.project_id, last_known.project_id)
            as project_id,
        coalesce(current_forecast.month_start, last_known.month_start)
            as month_start,
        current_forecast.project_id is null as is_withdrawn,
        coalesce(current_forecast.forecast_hours, 0) as forecast_hours,
        coalesce(current_forecast.forecast_revenue_usd, 0)
            as forecast_revenue_usd,
        coalesce(current_forecast.weighted_forecast_revenue_usd, 0)
            as weighted_forecast_revenue_usd,
        coalesce(current_forecast.weighted_forecast_cost_usd, 0)
            as weighted_forecast_cost_usd,
        last_known.project_id is null as is_new,
        last_known.is_withdrawn as was_withdrawn,
        last_known.forecast_hours as known_hours,
        last_known.forecast_revenue_usd as known_revenue_usd,
        last_known.weighted_forecast_revenue_usd
            as known_weighted_revenue_usd,
        last_known.weighted_forecast_cost_usd as known_weighted_cost_usd
    from current_forecast
    full outer join last_known
        on
            current_forecast.project_id = last_known.project_id
            and current_forecast.month_start = last_known.month_start
),

-- a new forecast, a changed one, or one withdrawn from a month still
-- ahead (a month that became the as-of month left the forecast by itself)
changes as (
    select * from compared
    where
        is_new
        or (
            not is_withdrawn
            and (
                was_withdrawn
                or forecast_hours <> known_hours
                or forecast_revenue_usd <> known_revenue_usd
                or weighted_forecast_revenue_usd <> known_weighted_revenue_usd
                or weighted_forecast_cost_usd <> known_weighted_cost_usd
            )
        )
        or (
            is_withdrawn
            and not was_withdrawn
            and month_start > {{ as_of_month() }}
        )
),

final as (
    select
        project_id,
        month_start,
        {{ as_of_date() }} as as_of_on,
        is_withdrawn,
        cast(forecast_hours as numeric(12, 2)) as forecast_hours,
        cast(forecast_revenue_usd as numeric(14, 2)) as forecast_revenue_usd,
        cast(weighted_forecast_revenue_usd as numeric(14, 2))
            as weighted_forecast_revenue_usd,
        cast(weighted_forecast_cost_usd as numeric(14, 2))
            as weighted_forecast_cost_usd,
        current_timestamp as recorded_at
    from changes
)

select * from final
