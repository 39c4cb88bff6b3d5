
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  


with
    staged_by_member as (
        select
            sum(actuals.hours) as hours,
            sum(
                case
                    when project_types.is_billable then actuals.hours else 0
                end
            ) as billable_hours
        from staging.stg_app__actuals as actuals
        inner join staging.stg_app__projects as projects
            on actuals.project_id = projects.project_id
        inner join reference.project_types as project_types
            on projects.project_type_id = project_types.project_type_id
        where not actuals.is_deleted
    ),

    staged_by_project as (
        select
            sum(actuals.hours) as hours,
            sum(
                case
                    when project_types.is_billable then actuals.hours else 0
                end
            ) as billable_hours
        from staging.stg_app__actuals as actuals
        inner join staging.stg_app__projects as projects
            on actuals.project_id = projects.project_id
        inner join reference.project_types as project_types
            on projects.project_type_id = project_types.project_type_id
        where not actuals.is_deleted
    ),


member_layers as (
    select
        'fct_actuals' as layer,
        sum(public_actuals.hours) as hours,
        sum(
            case
                when public_actuals.is_billable then public_actuals.hours
                else 0
            end
        ) as billable_hours
    from marts.fct_actuals as public_actuals
    union all
    select
        'int_member_days' as layer,
        sum(member_days.actual_hours) as hours,
        sum(member_days.billable_hours) as billable_hours
    from intermediate.int_member_days as member_days
    
        union all
        select
            'fct_member_capacity_weekly' as layer,
            sum(actual_hours) as hours,
            sum(billable_hours) as billable_hours
        from marts.fct_member_capacity_weekly
    
    union all
    select
        'fct_member_utilization_monthly' as layer,
        sum(monthly.actual_hours) as hours,
        sum(monthly.billable_hours) as billable_hours
    from marts.fct_member_utilization_monthly as monthly
),

project_layers as (
    select
        'fct_revenue_forecast_monthly' as layer,
        sum(forecast.actual_hours) as hours,
        cast(null as numeric) as billable_hours
    from marts.fct_revenue_forecast_monthly as forecast
),

compared as (
    select
        member_layers.layer,
        member_layers.hours,
        staged_by_member.hours as staged_hours,
        member_layers.billable_hours,
        staged_by_member.billable_hours as staged_billable_hours
    from member_layers
    cross join staged_by_member
    union all
    select
        project_layers.layer,
        project_layers.hours,
        staged_by_project.hours as staged_hours,
        project_layers.billable_hours,
        staged_by_project.billable_hours as staged_billable_hours
    from project_layers
    cross join staged_by_project
),

final as (
    select *
    from compared
    where
        coalesce(hours, 0) != coalesce(staged_hours, 0)
        or coalesce(billable_hours, staged_billable_hours)
        != staged_billable_hours
)

select * from final
  
  
      
    ) dbt_internal_test