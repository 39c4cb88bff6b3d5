
  
    
        create or replace table marts.fct_team_utilization_monthly
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select month_start, team, role_name, is_forecast_month, member_count, capacity_hours, time_off_hours, planned_hours, planned_confirmed_hours, planned_tentative_hours, planned_on_hold_hours, planned_billable_hours, actual_hours, capacity_to_date_hours, planned_billable_hours_after_as_of, time_off_conflict_hours, stale_planned_hours, billable_hours, target_billable_hours, billable_utilization, planned_billable_utilization, target_billable_utilization, total_utilization, expected_billable_utilization
    from (
        


with

monthly as (
    select * from intermediate.int_member_utilization_monthly
),

members as (
    select * from intermediate.int_team_members
),

rolled as (
    select
        monthly.month_start,
        coalesce(members.team, '(no team)') as team,
    coalesce(members.role_name, '(unmapped role)') as role_name,
        bool_and(monthly.is_forecast_month) as is_forecast_month,
        count(*) as member_count,
        
            cast(sum(monthly.capacity_hours) as numeric(12, 2)) as capacity_hours,
        
            cast(sum(monthly.capacity_to_date_hours) as numeric(12, 2)) as capacity_to_date_hours,
        
            cast(sum(monthly.time_off_hours) as numeric(12, 2)) as time_off_hours,
        
            cast(sum(monthly.planned_hours) as numeric(12, 2)) as planned_hours,
        
            cast(sum(monthly.planned_confirmed_hours) as numeric(12, 2)) as planned_confirmed_hours,
        
            cast(sum(monthly.planned_tentative_hours) as numeric(12, 2)) as planned_tentative_hours,
        
            cast(sum(monthly.planned_on_hold_hours) as numeric(12, 2)) as planned_on_hold_hours,
        
            cast(sum(monthly.planned_billable_hours) as numeric(12, 2)) as planned_billable_hours,
        
            cast(sum(monthly.planned_billable_hours_after_as_of) as numeric(12, 2)) as planned_billable_hours_after_as_of,
        
            cast(sum(monthly.time_off_conflict_hours) as numeric(12, 2)) as time_off_conflict_hours,
        
            cast(sum(monthly.stale_planned_hours) as numeric(12, 2)) as stale_planned_hours,
        
            cast(sum(monthly.actual_hours) as numeric(12, 2)) as actual_hours,
        
            cast(sum(monthly.billable_hours) as numeric(12, 2)) as billable_hours,
        
        cast(sum(monthly.target_billable_hours) as numeric(12, 2))
            as target_billable_hours
    from monthly
    inner join members
        on monthly.team_member_id = members.team_member_id
    group by 1, 2, 3
),

final as (
    select
        month_start,
        team,
        role_name,
        is_forecast_month,
        member_count,
        
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
        
        target_billable_hours,
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
    ) as expected_billable_utilization,
        cast(
        round((planned_billable_hours) / nullif((capacity_hours), 0), 4)
        as numeric(10, 4)
    )
            as planned_billable_utilization,
        cast(
        round((target_billable_hours) / nullif((capacity_hours), 0), 4)
        as numeric(10, 4)
    )
            as target_billable_utilization
    from rolled
)

select * from final
order by 1, 2, 3
    ) as model_subq
  