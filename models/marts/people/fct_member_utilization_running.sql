{#
    The utilization page's people over any run of months, without summing
    every member's months on each view: for every member and every month of
    int_member_utilization_monthly, the member's sums over all months up to
    and including that one. A member's sum over the months start..end is
    then the row at end less the row at the month before start: two rows a
    member, whatever the length of the run (decision 48). Every member has a
    row in every month (0 before they joined and after they left), so both
    rows are found by the month alone; `months_with_row` counts the months
    the member had in int_member_utilization_monthly, so a run of months in
    which they had none is told apart from one of zeros. The target is null in a month whose
    role has none; `target_known_months` counts the months that had one, so
    a run of months without any target stays null, as a sum would.
#}
{%- set measures = [
    'capacity_hours', 'capacity_to_date_hours', 'chargeable_hours',
    'billable_hours', 'actual_hours', 'target_chargeable_hours',
] %}

{{
    config(
        indexes=[{'columns': ['month_start', 'team_member_id']}],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

monthly as (
    select * from {{ ref('int_member_utilization_monthly') }}
),

members as (
    select distinct team_member_id from monthly
),

months as (
    select distinct month_start from monthly
),

member_months as (
    select
        members.team_member_id,
        months.month_start,
        {% for measure in measures %}
            coalesce(monthly.{{ measure }}, 0) as {{ measure }},
        {% endfor %}
        case when monthly.team_member_id is null then 0 else 1 end as has_row,
        case when monthly.target_chargeable_hours is null then 0 else 1 end
            as has_target
    from members
    cross join months
    left outer join monthly
        on
            members.team_member_id = monthly.team_member_id
            and months.month_start = monthly.month_start
),

final as (
    select
        team_member_id,
        month_start,
        {% for measure in measures %}
            cast(sum({{ measure }}) over member_to_month as numeric(12, 2))
                as running_{{ measure }},
        {% endfor %}
        cast(sum(has_row) over member_to_month as integer) as months_with_row,
        cast(sum(has_target) over member_to_month as integer)
            as target_known_months
    from member_months
    window member_to_month as (
        partition by team_member_id
        order by month_start
        rows between unbounded preceding and current row
    )
)

-- stored month by month: the page reads the members of two months, each
-- month's rows then on a few pages of the table
select * from final
order by month_start, team_member_id
