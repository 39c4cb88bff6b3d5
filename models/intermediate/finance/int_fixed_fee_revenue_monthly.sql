{#
    Fixed Fee revenue by project and month as this build reports it: the
    locked months as they were locked (the first lock of each), and this
    build's own months after them (fixed_fee_recognized_months). Live
    Fixed Fee projects only: one deleted, or no longer Fixed Fee, leaves
    the forecast (its locked months stay in the history). A table, small
    (a row per contract and month): on Spark a view is not replaced by a
    later build (docs/scale-out.md), and this one's filter names the day.
#}

with

recognized_months as (
    select * from {{ ref('fixed_fee_recognized_months') }}
),

projects as (
    select * from {{ ref('int_projects') }}
),

current_rows as (
    select
        recognized_months.*,
        row_number() over (
            partition by
                recognized_months.project_id, recognized_months.month_start
            order by recognized_months.as_of_on
        ) as lock_rank
    from recognized_months
    where
        (
            recognized_months.is_locked
            and recognized_months.as_of_on <= {{ as_of_date() }}
        )
        or recognized_months.as_of_on = {{ as_of_date() }}
),

final as (
    select
        current_rows.project_id,
        current_rows.month_start,
        current_rows.is_locked,
        current_rows.as_of_on as reported_on,
        current_rows.currency,
        current_rows.worked_hours,
        current_rows.planned_hours,
        current_rows.revenue,
        current_rows.forecast_revenue,
        current_rows.estimate_change,
        current_rows.revenue_usd,
        current_rows.forecast_revenue_usd,
        current_rows.estimate_change_usd,
        -- a fee not known: the month's hours are unpriced
        cast(
            case
                when current_rows.revenue is null
                    then current_rows.worked_hours + current_rows.planned_hours
                else 0
            end as numeric(12, 2)
        ) as unpriced_hours
    from current_rows
    inner join projects
        on current_rows.project_id = projects.project_id
    where
        current_rows.lock_rank = 1
        and projects.revenue_treatment = 'fixed_fee'
        and not projects.is_deleted
)

select * from final
