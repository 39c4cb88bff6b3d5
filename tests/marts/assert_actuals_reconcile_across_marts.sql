{#
    Reconciliation of hours: the live, valid staged actuals, fct_actuals,
    the daily member grain, the weekly and monthly marts and the monthly
    project forecast (its actual part) all hold the same hours and, where
    they carry them, the same billable hours. Returns the layers that
    disagree with staging. After an incremental build, over what it
    rebuilt (decision 33): the member layers over the member-months of
    int_changed_member_months (the weekly mart, whose weeks cross months,
    is held to the daily grain by assert_periods_sum_to_daily_grain), the
    forecast over the project-months of int_changed_project_months; after
    a full build, or run alone, over everything.
#}
{% set scoped = built_incrementally([
    'int_actuals_priced', 'fct_actuals', 'int_member_days',
    'int_member_capacity_weekly', 'int_member_utilization_monthly',
    'int_revenue_forecast_monthly',
]) %}

with

{#- each layer read through its (key, day) index, period by period -#}
{% for name, changes, key in [
    ('staged_by_member', 'int_changed_member_months', 'team_member_id'),
    ('staged_by_project', 'int_changed_project_months', 'project_id'),
] %}
    {{ name }} as (
        select
            sum(actuals.hours) as hours,
            sum(
                case
                    when project_types.is_billable then actuals.hours else 0
                end
            ) as billable_hours
        from {{ rows_in_changed_periods(
            ref('stg_app__actuals'), ref(changes), 'month', key, 'worked_on',
            scoped=scoped,
        ) }} as actuals
        inner join {{ ref('stg_app__projects') }} as projects
            on actuals.project_id = projects.project_id
        inner join {{ ref('project_types') }} as project_types
            on projects.project_type_id = project_types.project_type_id
        where not actuals.is_deleted
    ),
{% endfor %}

member_layers as (
    select
        'fct_actuals' as layer,
        sum(public_actuals.hours) as hours,
        sum(
            case
                when public_actuals.is_billable then public_actuals.hours
                else 0
            end
        ) as billable_hours
    from {{ rows_in_changed_periods(
        ref('fct_actuals'), ref('int_changed_member_months'), 'month',
        'team_member_id', 'worked_on', scoped=scoped,
    ) }} as public_actuals
    union all
    select
        'int_member_days' as layer,
        sum(member_days.actual_hours) as hours,
        sum(member_days.billable_hours) as billable_hours
    from {{ rows_in_changed_periods(
        ref('int_member_days'), ref('int_changed_member_months'), 'month',
        'team_member_id', 'calendar_on', scoped=scoped,
    ) }} as member_days
    {% if not scoped %}
        union all
        select
            'fct_member_capacity_weekly' as layer,
            sum(actual_hours) as hours,
            sum(billable_hours) as billable_hours
        from {{ ref('fct_member_capacity_weekly') }}
    {% endif %}
    union all
    select
        'fct_member_utilization_monthly' as layer,
        sum(monthly.actual_hours) as hours,
        sum(monthly.billable_hours) as billable_hours
    from {{ rows_in_changed_periods(
        ref('fct_member_utilization_monthly'), ref('int_changed_member_months'),
        'month', 'team_member_id', 'month_start', scoped=scoped,
    ) }} as monthly
),

project_layers as (
    select
        'fct_revenue_forecast_monthly' as layer,
        sum(forecast.actual_hours) as hours,
        cast(null as numeric) as billable_hours
    from {{ rows_in_changed_periods(
        ref('fct_revenue_forecast_monthly'), ref('int_changed_project_months'),
        'month', 'project_id', 'month_start', scoped=scoped,
    ) }} as forecast
),

compared as (
    select
        member_layers.layer,
        member_layers.hours,
        staged_by_member.hours as staged_hours,
        member_layers.billable_hours,
        staged_by_member.billable_hours as staged_billable_hours
    from member_layers
    cross join staged_by_member
    union all
    select
        project_layers.layer,
        project_layers.hours,
        staged_by_project.hours as staged_hours,
        project_layers.billable_hours,
        staged_by_project.billable_hours as staged_billable_hours
    from project_layers
    cross join staged_by_project
),

final as (
    select *
    from compared
    where
        coalesce(hours, 0) != coalesce(staged_hours, 0)
        or coalesce(billable_hours, staged_billable_hours)
        != staged_billable_hours
)

select * from final
