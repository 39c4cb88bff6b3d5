
  
    
        create or replace table marts.fct_team_capacity_weekly
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select week_start, team, role_name, is_forecast_week, member_count, overbooked_member_count, capacity_hours, time_off_hours, planned_hours, planned_confirmed_hours, planned_tentative_hours, planned_on_hold_hours, planned_billable_hours, actual_hours, capacity_to_date_hours, planned_billable_hours_after_as_of, time_off_conflict_hours, stale_planned_hours, billable_hours, headroom_without_tentative_hours, headroom_hours, billable_utilization, total_utilization, expected_billable_utilization
    from (
        


with

weekly as (
    select * from intermediate.int_member_capacity_weekly
),

members as (
    select * from intermediate.int_team_members
),

rolled as (
    select
        weekly.week_start,
        coalesce(members.team, '(no team)') as team,
    coalesce(members.role_name, '(unmapped role)') as role_name,
        bool_and(weekly.is_forecast_week) as is_forecast_week,
        count(*) as member_count,
        count(*) filter (where weekly.headroom_hours < 0)
            as overbooked_member_count,
        
            cast(sum(weekly.capacity_hours) as numeric(12, 2)) as capacity_hours,
        
            cast(sum(weekly.capacity_to_date_hours) as numeric(12, 2)) as capacity_to_date_hours,
        
            cast(sum(weekly.time_off_hours) as numeric(12, 2)) as time_off_hours,
        
            cast(sum(weekly.planned_hours) as numeric(12, 2)) as planned_hours,
        
            cast(sum(weekly.planned_confirmed_hours) as numeric(12, 2)) as planned_confirmed_hours,
        
            cast(sum(weekly.planned_tentative_hours) as numeric(12, 2)) as planned_tentative_hours,
        
            cast(sum(weekly.planned_on_hold_hours) as numeric(12, 2)) as planned_on_hold_hours,
        
            cast(sum(weekly.planned_billable_hours) as numeric(12, 2)) as planned_billable_hours,
        
            cast(sum(weekly.planned_billable_hours_after_as_of) as numeric(12, 2)) as planned_billable_hours_after_as_of,
        
            cast(sum(weekly.time_off_conflict_hours) as numeric(12, 2)) as time_off_conflict_hours,
        
            cast(sum(weekly.stale_planned_hours) as numeric(12, 2)) as stale_planned_hours,
        
            cast(sum(weekly.actual_hours) as numeric(12, 2)) as actual_hours,
        
            cast(sum(weekly.billable_hours) as numeric(12, 2)) as billable_hours
        
    from weekly
    inner join members
        on weekly.team_member_id = members.team_member_id
    group by 1, 2, 3
),

final as (
    select
        week_start,
        team,
        role_name,
        is_forecast_week,
        member_count,
        overbooked_member_count,
        
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
        
        cast(capacity_hours - planned_hours as numeric(12, 2))
            as headroom_hours,
        cast(
            capacity_hours - planned_hours + planned_tentative_hours
            as numeric(12, 2)
        ) as headroom_without_tentative_hours,
        cast(
        round((billable_hours) / nullif((capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as billable_utilization,
    cast(
        round((actual_hours) / nullif((capacity_to_date_hours), 0), 4)
        as numeric(10, 4)
    ) as total_utilization,
    cast(
        round((billable_hours + planned_billable_hours_after_as_of) / nullif((capacity_hours), 0), 4)
        as numeric(10, 4)
    ) as expected_billable_utilization
    from rolled
)

select * from final
order by 1, 2, 3
    ) as model_subq
  