{#
    The mart as analysts and the dashboard read it:
    int_member_utilization_monthly as it is. A view, so that the rows are
    stored once; the marts that need the same figures read
    int_member_utilization_monthly, never this mart (decision 33).
#}
{{ config(materialized='view') }}

with

source_rows as (
    select * from {{ ref('int_member_utilization_monthly') }}
),

final as (
    select
        team_member_id,
        month_start,
        is_forecast_month,
        {% for measure in member_day_measures() %}
            {{ measure }},
        {% endfor %}
        target_chargeable_utilization,
        target_chargeable_hours,
        billable_utilization,
        chargeable_utilization,
        total_utilization,
        expected_billable_utilization
    from source_rows
)

select * from final
