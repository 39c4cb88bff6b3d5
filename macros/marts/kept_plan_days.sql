{#
    The plan after the as-of day that will be worked, per allocation day:
    the days to the forecast horizon, less what time off cuts
    (planned_hours_kept with the member-day's plan_kept_ratio) and without
    the days of dead projects (plan_is_stale). `allocation_days` has the
    columns of int_allocation_days, `member_days` team_member_id,
    calendar_on and plan_kept_ratio of int_member_days. The revenue
    forecast and the budget burn read the plan through this one select, so
    their planned hours agree.
#}
{% macro kept_plan_days(allocation_days, member_days) -%}
    select
        {{ allocation_days }}.project_id,
        {{ allocation_days }}.team_member_id,
        {{ allocation_days }}.planned_on,
        {{ planned_hours_kept(
            allocation_days ~ '.planned_hours',
            'coalesce(' ~ member_days ~ '.plan_kept_ratio, 1)',
        ) }} as planned_hours
    from {{ allocation_days }}
    left outer join {{ member_days }}
        on
            {{ allocation_days }}.team_member_id
            = {{ member_days }}.team_member_id
            and {{ allocation_days }}.planned_on = {{ member_days }}.calendar_on
    where
        {{ allocation_days }}.planned_on > {{ as_of_date() }}
        and {{ allocation_days }}.planned_on <= {{ forecast_horizon_end() }}
        and not {{ plan_is_stale(allocation_days) }}
{%- endmacro %}
