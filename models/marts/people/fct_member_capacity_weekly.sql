{#
    The mart as analysts and the dashboard read it:
    int_member_capacity_weekly as it is. A view, so that the rows are stored
    once; the marts that need the same figures read
    int_member_capacity_weekly, never this mart (decision 33).
#}
{{ config(materialized='view') }}

with

source_rows as (
    select * from {{ ref('int_member_capacity_weekly') }}
),

final as (
    select
        team_member_id,
        week_start,
        is_forecast_week,
        {% for measure in member_day_measures() %}
            {{ measure }},
        {% endfor %}
        headroom_without_tentative_hours,
        headroom_hours,
        billable_utilization,
        chargeable_utilization,
        total_utilization,
        expected_billable_utilization
    from source_rows
)

select * from final
