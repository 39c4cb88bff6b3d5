{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'full_refresh': false,
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['project_id', 'month_start', 'as_of_on'], 'unique': true},
        ],
        'pre_hook': [
            "{{ forget_versions_of_the_day(
                also_where='not is_locked and as_of_on < '
                ~ as_of_date()
            ) }}",
        ],
    }))
}}

-- Fixed Fee revenue by month, with the closed months locked (issue 32,
-- decision 50; doc fixed_fee_recognition). A month is locked by the first
-- build as of a day after its end, at what that build reported, and never
-- changes after: the rows of earlier builds with is_locked are kept as
-- they are. This build adds the months that closed since (locked now)
-- and its own as-of and later months (not locked; the next build
-- replaces them, the pre-hook forgetting them). Each month's revenue is
-- what the current estimate recognizes through its end less what was
-- reported through the month before: the locked sum when that month is
-- locked, else the current estimate there too. So a change of the
-- estimate lands, whole, in the first month not locked: the catch-up.
-- Never rebuilt (full_refresh=false): a locked month cannot be made again.

with

progress as (
    select * from {{ ref('int_fixed_fee_progress_monthly') }}
),

fx_rates as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

{% if is_incremental() %}
    -- what earlier builds locked (the first lock of a month wins)
    locked as (
        select
            project_id,
            month_start,
            revenue,
            row_number() over (
                partition by project_id, month_start order by as_of_on
            ) as lock_rank
        from {{ this }}
        where
            is_locked
            and as_of_on < {{ as_of_date() }}
    ),
{% else %}
    locked as (
        select
            cast(null as bigint) as project_id,
            cast(null as date) as month_start,
            cast(null as numeric) as revenue,
            cast(null as bigint) as lock_rank
        where false
    ),
{% endif %}

lock_totals as (
    select
        project_id,
        max(month_start) as last_locked_month,
        sum(revenue) as locked_revenue
    from locked
    where lock_rank = 1
    group by project_id
),

-- the current estimate through the end of the month before
estimated as (
    select
        progress.*,
        lag(progress.month_start) over (
            partition by progress.project_id order by progress.month_start
        ) as previous_month,
        lag(progress.recognized_through_month_end) over (
            partition by progress.project_id order by progress.month_start
        ) as estimated_through_previous_month
    from progress
),

-- the months not locked yet; the first of them follows the locked ones
open_months as (
    select
        estimated.*,
        lock_totals.locked_revenue,
        (
            lock_totals.last_locked_month is not null
            and (
                estimated.previous_month is null
                or estimated.previous_month <= lock_totals.last_locked_month
            )
        ) as follows_lock
    from estimated
    left outer join lock_totals
        on estimated.project_id = lock_totals.project_id
    where
        lock_totals.last_locked_month is null
        or estimated.month_start > lock_totals.last_locked_month
),

-- what was reported before each open month: the locked sum after the
-- locked months, else the current estimate; and the catch-up (what the
-- estimate now says of the locked months, less what they hold)
reported as (
    select
        *,
        case
            when follows_lock then coalesce(locked_revenue, 0)
            when previous_month is null then 0
            else estimated_through_previous_month
        end as reported_through_previous_month,
        case
            when follows_lock
                then
                    coalesce(estimated_through_previous_month, 0)
                    - coalesce(locked_revenue, 0)
            else 0
        end as estimate_change,
        is_cancelled and month_start > cancelled_month as is_after_cancelling
    from open_months
),

-- Closed months: recognized through the month's end. The as-of month:
-- through the as-of day (earned), the rest of the month forecast. Later
-- months: forecast. A cancelled project recognizes nothing after the
-- month it was cancelled in, and forecasts nothing.
recognized as (
    select
        project_id,
        month_start,
        currency,
        worked_hours,
        planned_hours,
        case
            when is_after_cancelling then 0
            when month_start < {{ as_of_month() }}
                then
                    recognized_through_month_end
                    - reported_through_previous_month
            when month_start = {{ as_of_month() }}
                then
                    recognized_through_as_of
                    - reported_through_previous_month
            else 0
        end as revenue,
        case
            when is_cancelled then 0
            when month_start = {{ as_of_month() }}
                then recognized_through_month_end - recognized_through_as_of
            when month_start > {{ as_of_month() }}
                then
                    recognized_through_month_end
                    - reported_through_previous_month
            else 0
        end as forecast_revenue,
        case
            when is_after_cancelling then 0 else estimate_change
        end as estimate_change,
        month_start < {{ as_of_month() }} as is_locked
    from reported
),

final as (
    select
        recognized.project_id,
        recognized.month_start,
        {{ as_of_date() }} as as_of_on,
        recognized.is_locked,
        recognized.currency,
        cast(recognized.worked_hours as numeric(12, 2)) as worked_hours,
        cast(recognized.planned_hours as numeric(12, 2)) as planned_hours,
        cast(recognized.revenue as numeric(14, 2)) as revenue,
        cast(recognized.forecast_revenue as numeric(14, 2))
            as forecast_revenue,
        cast(recognized.estimate_change as numeric(14, 2)) as estimate_change,
        cast(recognized.revenue * fx_rates.usd_per_unit as numeric(14, 2))
            as revenue_usd,
        cast(
            recognized.forecast_revenue * fx_rates.usd_per_unit
            as numeric(14, 2)
        ) as forecast_revenue_usd,
        cast(
            recognized.estimate_change * fx_rates.usd_per_unit
            as numeric(14, 2)
        ) as estimate_change_usd,
        current_timestamp as recorded_at
    from recognized
    left outer join fx_rates
        on
            recognized.currency = fx_rates.currency
            and recognized.month_start = fx_rates.month_start
)

select * from final
