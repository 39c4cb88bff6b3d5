
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  


with


    weekly as (
        select weekly.*
        from marts.fct_member_capacity_weekly as weekly
    ),

    daily_by_week_start as (
        select
            member_days.team_member_id,
            
                sum(member_days.capacity_hours) as capacity_hours,
            
                sum(member_days.capacity_to_date_hours) as capacity_to_date_hours,
            
                sum(member_days.time_off_hours) as time_off_hours,
            
                sum(member_days.planned_hours) as planned_hours,
            
                sum(member_days.planned_confirmed_hours) as planned_confirmed_hours,
            
                sum(member_days.planned_tentative_hours) as planned_tentative_hours,
            
                sum(member_days.planned_on_hold_hours) as planned_on_hold_hours,
            
                sum(member_days.planned_billable_hours) as planned_billable_hours,
            
                sum(member_days.planned_billable_hours_after_as_of) as planned_billable_hours_after_as_of,
            
                sum(member_days.time_off_conflict_hours) as time_off_conflict_hours,
            
                sum(member_days.stale_planned_hours) as stale_planned_hours,
            
                sum(member_days.actual_hours) as actual_hours,
            
                sum(member_days.billable_hours) as billable_hours,
            
            member_days.week_start as period_start
        from intermediate.int_member_days as member_days
        group by member_days.team_member_id, member_days.week_start
    ),

    diff_weekly as (
        select
            'weekly' as mart,
            coalesce(daily.team_member_id, mart.team_member_id)
                as team_member_id,
            coalesce(daily.period_start, mart.week_start) as period_start
        from daily_by_week_start as daily
        full outer join weekly as mart
            on
                daily.team_member_id = mart.team_member_id
                and daily.period_start = mart.week_start
        where
            daily.team_member_id is null
            or mart.team_member_id is null
            
                or daily.capacity_hours != mart.capacity_hours
            
                or daily.capacity_to_date_hours != mart.capacity_to_date_hours
            
                or daily.time_off_hours != mart.time_off_hours
            
                or daily.planned_hours != mart.planned_hours
            
                or daily.planned_confirmed_hours != mart.planned_confirmed_hours
            
                or daily.planned_tentative_hours != mart.planned_tentative_hours
            
                or daily.planned_on_hold_hours != mart.planned_on_hold_hours
            
                or daily.planned_billable_hours != mart.planned_billable_hours
            
                or daily.planned_billable_hours_after_as_of != mart.planned_billable_hours_after_as_of
            
                or daily.time_off_conflict_hours != mart.time_off_conflict_hours
            
                or daily.stale_planned_hours != mart.stale_planned_hours
            
                or daily.actual_hours != mart.actual_hours
            
                or daily.billable_hours != mart.billable_hours
            
            
                or mart.headroom_hours
                != mart.capacity_hours - mart.planned_hours
            
    ),


    monthly as (
        select monthly.*
        from marts.fct_member_utilization_monthly as monthly
    ),

    daily_by_month_start as (
        select
            member_days.team_member_id,
            
                sum(member_days.capacity_hours) as capacity_hours,
            
                sum(member_days.capacity_to_date_hours) as capacity_to_date_hours,
            
                sum(member_days.time_off_hours) as time_off_hours,
            
                sum(member_days.planned_hours) as planned_hours,
            
                sum(member_days.planned_confirmed_hours) as planned_confirmed_hours,
            
                sum(member_days.planned_tentative_hours) as planned_tentative_hours,
            
                sum(member_days.planned_on_hold_hours) as planned_on_hold_hours,
            
                sum(member_days.planned_billable_hours) as planned_billable_hours,
            
                sum(member_days.planned_billable_hours_after_as_of) as planned_billable_hours_after_as_of,
            
                sum(member_days.time_off_conflict_hours) as time_off_conflict_hours,
            
                sum(member_days.stale_planned_hours) as stale_planned_hours,
            
                sum(member_days.actual_hours) as actual_hours,
            
                sum(member_days.billable_hours) as billable_hours,
            
            member_days.month_start as period_start
        from intermediate.int_member_days as member_days
        group by member_days.team_member_id, member_days.month_start
    ),

    diff_monthly as (
        select
            'monthly' as mart,
            coalesce(daily.team_member_id, mart.team_member_id)
                as team_member_id,
            coalesce(daily.period_start, mart.month_start) as period_start
        from daily_by_month_start as daily
        full outer join monthly as mart
            on
                daily.team_member_id = mart.team_member_id
                and daily.period_start = mart.month_start
        where
            daily.team_member_id is null
            or mart.team_member_id is null
            
                or daily.capacity_hours != mart.capacity_hours
            
                or daily.capacity_to_date_hours != mart.capacity_to_date_hours
            
                or daily.time_off_hours != mart.time_off_hours
            
                or daily.planned_hours != mart.planned_hours
            
                or daily.planned_confirmed_hours != mart.planned_confirmed_hours
            
                or daily.planned_tentative_hours != mart.planned_tentative_hours
            
                or daily.planned_on_hold_hours != mart.planned_on_hold_hours
            
                or daily.planned_billable_hours != mart.planned_billable_hours
            
                or daily.planned_billable_hours_after_as_of != mart.planned_billable_hours_after_as_of
            
                or daily.time_off_conflict_hours != mart.time_off_conflict_hours
            
                or daily.stale_planned_hours != mart.stale_planned_hours
            
                or daily.actual_hours != mart.actual_hours
            
                or daily.billable_hours != mart.billable_hours
            
            
    ),



final as (
    select * from diff_weekly
    union all
    select * from diff_monthly
)

select * from final
  
  
      
    ) dbt_internal_test