{#
    Fixed Fee projects' progress by month, as this build estimates it
    (doc fixed_fee_recognition): hours worked to the as-of day, the kept
    plan after it, the estimate at completion, and what the current
    estimate recognizes through each month's end and through the as-of
    day, in the project's currency. The locked months and the revenue by
    month are fixed_fee_recognized_months' work; this model knows nothing
    of what earlier builds reported. A table: a few rows per Fixed Fee
    project, read by the history and the contracts mart.
#}
{{
    config(
        indexes=[
            {'columns': ['project_id', 'month_start'], 'unique': True},
        ],
    )
}}
with

projects as (
    select * from {{ ref('int_projects') }}
),

status_versions as (
    select * from {{ ref('int_project_status_versions') }}
),

actuals as (
    select * from {{ ref('int_actuals_priced') }}
),

kept_plan_days as (
    select * from {{ ref('int_kept_plan_days') }}
),

allocation_days as (
    select * from {{ ref('int_allocation_days') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
),

-- live Fixed Fee projects; a cancelled one recognizes nothing after the
-- month it was cancelled in (the status history's start of its current
-- status; the as-of month when the history does not know it)
contracts as (
    select
        projects.project_id,
        projects.currency,
        projects.fixed_fee,
        projects.starts_on,
        projects.project_status_name = 'Cancelled' as is_cancelled,
        case
            when projects.project_status_name = 'Cancelled'
                then coalesce(
                    case
                        when status_versions.is_start_known
                            then {{ month_start_of(
                                'cast(status_versions.valid_from as date)'
                            ) }}
                    end,
                    {{ as_of_month() }}
                )
        end as cancelled_month
    from projects
    left outer join status_versions
        on
            projects.project_id = status_versions.project_id
            and status_versions.is_current
    where
        projects.revenue_treatment = 'fixed_fee'
        and not projects.is_deleted
),

worked as (
    select
        actuals.project_id,
        {{ month_start_of('actuals.worked_on') }} as month_start,
        sum(actuals.hours) as worked_hours
    from actuals
    inner join contracts
        on actuals.project_id = contracts.project_id
    group by 1, 2
),

-- After the as-of day, the plan that will be worked (the forecast's kept
-- plan). A cancelled project's plan is dropped, so its estimate takes the
-- plan it had (its allocation days after the as-of day): what it
-- recognized stays a share of the work it was sold for.
planned_days as (
    select
        kept_plan_days.project_id,
        kept_plan_days.planned_on,
        kept_plan_days.planned_hours
    from kept_plan_days
    inner join contracts
        on kept_plan_days.project_id = contracts.project_id
    where not contracts.is_cancelled
    union all
    select
        allocation_days.project_id,
        allocation_days.planned_on,
        allocation_days.planned_hours
    from allocation_days
    inner join contracts
        on allocation_days.project_id = contracts.project_id
    where
        contracts.is_cancelled
        and allocation_days.planned_on > {{ as_of_date() }}
        and allocation_days.planned_on <= {{ forecast_horizon_end() }}
),

planned as (
    select
        project_id,
        {{ month_start_of('planned_on') }} as month_start,
        sum(planned_hours) as planned_hours
    from planned_days
    group by 1, 2
),

hour_months as (
    select
        project_id,
        month_start
    from worked
    union all
    select
        project_id,
        month_start
    from planned
),

hour_bounds as (
    select
        project_id,
        min(month_start) as first_hour_month,
        max(month_start) as last_hour_month
    from hour_months
    group by 1
),

-- every month from the first the project had (its start, or its first
-- hour) to the later of the as-of month and its last planned month: the
-- closed months are locked even when nothing was worked in them
spans as (
    select
        contracts.project_id,
        least(
            coalesce(
                {{ month_start_of('contracts.starts_on') }},
                {{ as_of_month() }}
            ),
            coalesce(hour_bounds.first_hour_month, {{ as_of_month() }})
        ) as first_month,
        greatest(
            {{ as_of_month() }},
            coalesce(hour_bounds.last_hour_month, {{ as_of_month() }})
        ) as last_month
    from contracts
    left outer join hour_bounds
        on contracts.project_id = hour_bounds.project_id
),

months as (
    select distinct month_start from calendar
),

project_months as (
    select
        spans.project_id,
        months.month_start,
        coalesce(worked.worked_hours, 0) as worked_hours,
        coalesce(planned.planned_hours, 0) as planned_hours
    from spans
    inner join months
        on months.month_start between spans.first_month and spans.last_month
    left outer join worked
        on
            spans.project_id = worked.project_id
            and months.month_start = worked.month_start
    left outer join planned
        on
            spans.project_id = planned.project_id
            and months.month_start = planned.month_start
),

cumulative as (
    select
        project_id,
        month_start,
        worked_hours,
        planned_hours,
        sum(worked_hours + planned_hours) over (
            partition by project_id
            order by month_start
            rows between unbounded preceding and current row
        ) as hours_through_month_end,
        sum(worked_hours) over (partition by project_id)
            as worked_hours_to_date,
        sum(worked_hours + planned_hours) over (partition by project_id)
            as estimate_at_completion_hours
    from project_months
),

final as (
    select
        cumulative.project_id,
        cumulative.month_start,
        contracts.currency,
        contracts.fixed_fee,
        contracts.is_cancelled,
        contracts.cancelled_month,
        cast(cumulative.worked_hours as numeric(12, 2)) as worked_hours,
        cast(cumulative.planned_hours as numeric(12, 2)) as planned_hours,
        cast(cumulative.hours_through_month_end as numeric(14, 2))
            as hours_through_month_end,
        cast(cumulative.worked_hours_to_date as numeric(14, 2))
            as worked_hours_to_date,
        cast(cumulative.estimate_at_completion_hours as numeric(14, 2))
            as estimate_at_completion_hours,
        cast(
            {{ fixed_fee_recognized(
                'contracts.fixed_fee',
                'cumulative.hours_through_month_end',
                'cumulative.estimate_at_completion_hours',
            ) }} as numeric(14, 2)
        ) as recognized_through_month_end,
        cast(
            {{ fixed_fee_recognized(
                'contracts.fixed_fee',
                'cumulative.worked_hours_to_date',
                'cumulative.estimate_at_completion_hours',
            ) }} as numeric(14, 2)
        ) as recognized_through_as_of
    from cumulative
    inner join contracts
        on cumulative.project_id = contracts.project_id
)

select * from final
