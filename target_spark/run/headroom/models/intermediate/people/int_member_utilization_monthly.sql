
  
    
        create or replace table intermediate.int_member_utilization_monthly
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select team_member_id, month_start, is_forecast_month, capacity_hours, time_off_hours, planned_hours, planned_confirmed_hours, planned_tentative_hours, planned_on_hold_hours, planned_billable_hours, actual_hours, capacity_to_date_hours, planned_billable_hours_after_as_of, time_off_conflict_hours, stale_planned_hours, billable_hours, target_billable_utilization, target_billable_hours, billable_utilization, total_utilization, expected_billable_utilization
    from (
        

-- Incremental by member and month, like int_member_days (decision 21).

with

member_days as (
    select member_days.*
    from intermediate.int_member_days as member_days
),

members as (
    select * from intermediate.int_team_members
),

monthly as (
    select
        team_member_id,
        month_start,
        
            cast(sum(capacity_hours) as numeric(9, 2)) as capacity_hours,
        
            cast(sum(capacity_to_date_hours) as numeric(9, 2)) as capacity_to_date_hours,
        
            cast(sum(time_off_hours) as numeric(9, 2)) as time_off_hours,
        
            cast(sum(planned_hours) as numeric(9, 2)) as planned_hours,
        
            cast(sum(planned_confirmed_hours) as numeric(9, 2)) as planned_confirmed_hours,
        
            cast(sum(planned_tentative_hours) as numeric(9, 2)) as planned_tentative_hours,
        
            cast(sum(planned_on_hold_hours) as numeric(9, 2)) as planned_on_hold_hours,
        
            cast(sum(planned_billable_hours) as numeric(9, 2)) as planned_billable_hours,
        
            cast(sum(planned_billable_hours_after_as_of) as numeric(9, 2)) as planned_billable_hours_after_as_of,
        
            cast(sum(time_off_conflict_hours) as numeric(9, 2)) as time_off_conflict_hours,
        
            cast(sum(stale_planned_hours) as numeric(9, 2)) as stale_planned_hours,
        
            cast(sum(actual_hours) as numeric(9, 2)) as actual_hours,
        
            cast(sum(billable_hours) as numeric(9, 2)) as billable_hours,
        
        bool_and(is_after_as_of) as is_forecast_month
    from member_days
    group by team_member_id, month_start
),

-- The target is the one of the member's current role; a member whose role
-- maps to no known role has none (null), and is flagged in the dimension.
final as (
    select
        monthly.team_member_id,
        monthly.month_start,
        monthly.is_forecast_month,
        
            monthly.capacity_hours,
        
            monthly.capacity_to_date_hours,
        
            monthly.time_off_hours,
        
            monthly.planned_hours,
        
            monthly.planned_confirmed_hours,
        
            monthly.planned_tentative_hours,
        
            monthly.planned_on_hold_hours,
        
            monthly.planned_billable_hours,
        
            monthly.planned_billable_hours_after_as_of,
        
            monthly.time_off_conflict_hours,
        
            monthly.stale_planned_hours,
        
            monthly.actual_hours,
        
            monthly.billable_hours,
        
        members.target_billable_utilization,
        cast(
            round(
                monthly.capacity_hours * members.target_billable_utilization, 2
            ) as numeric(9, 2)
        ) as target_billable_hours,
        cast(
        round((monthly.billable_hours) / nullif((monthly.capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as billable_utilization,
    cast(
        round((monthly.actual_hours) / nullif((monthly.capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as total_utilization,
    cast(
        round((monthly.billable_hours + monthly.planned_billable_hours_after_as_of) / nullif((monthly.capacity_hours), 0), 4)
        as numeric(10, 4)
    ) as expected_billable_utilization
    from monthly
    inner join members
        on monthly.team_member_id = members.team_member_id
)

-- Stored in period order: a dashboard reads a few periods, whose rows then
-- sit together on disk instead of on every page of the table.
select * from final
order by month_start, team_member_id
    ) as model_subq
  