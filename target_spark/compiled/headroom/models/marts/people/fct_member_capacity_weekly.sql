


with

source_rows as (
    select * from intermediate.int_member_capacity_weekly
),

final as (
    select
        team_member_id,
        week_start,
        is_forecast_week,
        
            capacity_hours,
        
            capacity_to_date_hours,
        
            time_off_hours,
        
            planned_hours,
        
            planned_confirmed_hours,
        
            planned_tentative_hours,
        
            planned_on_hold_hours,
        
            planned_billable_hours,
        
            planned_billable_hours_after_as_of,
        
            time_off_conflict_hours,
        
            stale_planned_hours,
        
            actual_hours,
        
            billable_hours,
        
        headroom_without_tentative_hours,
        headroom_hours,
        billable_utilization,
        total_utilization,
        expected_billable_utilization
    from source_rows
)

select * from final