{#
    fct_member_utilization_running is the monthly mart summed month after
    month: from one month to the next, each running sum grows by exactly
    that month's figure of fct_member_utilization_monthly (by 0 in a month
    the member has no row), months_with_row by 1 in a month they have one,
    and target_known_months by 1 in a month whose target is known; and every
    member has a row in every month (the page finds both of a member's rows
    by the month alone). Returns the member-months where a step differs, or
    that the running mart lacks (money-grade: to the cent).
#}
{%- set measures = [
    'capacity_hours', 'capacity_to_date_hours', 'chargeable_hours',
    'billable_hours', 'actual_hours', 'target_chargeable_hours',
] %}

with

running as (
    select * from {{ ref('fct_member_utilization_running') }}
),

monthly as (
    select * from {{ ref('fct_member_utilization_monthly') }}
),

steps as (
    select
        team_member_id,
        month_start,
        {% for measure in measures %}
            running_{{ measure }} - coalesce(
                lag(running_{{ measure }}) over member_months, 0
            ) as {{ measure }},
        {% endfor %}
        months_with_row
        - coalesce(lag(months_with_row) over member_months, 0) as row_step,
        target_known_months
        - coalesce(lag(target_known_months) over member_months, 0)
            as target_step
    from running
    window member_months as (partition by team_member_id order by month_start)
),

steps_differ as (
    select
        coalesce(steps.team_member_id, monthly.team_member_id)
            as team_member_id,
        coalesce(steps.month_start, monthly.month_start) as month_start
    from steps
    full outer join monthly
        on
            steps.team_member_id = monthly.team_member_id
            and steps.month_start = monthly.month_start
    where
        steps.team_member_id is null
        {% for measure in measures %}
            or steps.{{ measure }} <> coalesce(monthly.{{ measure }}, 0)
        {% endfor %}
        or steps.row_step
        <> case when monthly.team_member_id is null then 0 else 1 end
        or steps.target_step
        <> case when monthly.target_chargeable_hours is null then 0 else 1 end
),

members as (
    select distinct team_member_id from running
),

months as (
    select distinct month_start from running
),

months_missing as (
    select
        members.team_member_id,
        months.month_start
    from members
    cross join months
    left outer join running as kept
        on
            members.team_member_id = kept.team_member_id
            and months.month_start = kept.month_start
    where kept.team_member_id is null
),

final as (
    select * from steps_differ
    union all
    select * from months_missing
)

select * from final
