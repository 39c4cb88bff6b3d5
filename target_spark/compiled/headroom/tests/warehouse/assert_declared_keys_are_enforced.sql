
-- depends_on: staging.base_app__actuals
-- depends_on: marts.dim_projects
-- depends_on: restricted.dim_team_member_rates
-- depends_on: marts.dim_team_members
-- depends_on: marts.fct_actuals
-- depends_on: intermediate.int_actuals_priced
-- depends_on: marts.fct_forecast_accuracy_monthly
-- depends_on: marts.fct_member_headroom_ahead
-- depends_on: snapshots.forecast_versions
-- depends_on: intermediate.int_member_capacity_weekly
-- depends_on: intermediate.int_member_utilization_monthly
-- depends_on: marts.fct_project_budget_burn
-- depends_on: marts.fct_project_portfolio
-- depends_on: intermediate.int_project_budget_burn_monthly
-- depends_on: marts.fct_project_status_history
-- depends_on: marts.fct_revenue_forecast_by_type_monthly
-- depends_on: intermediate.int_revenue_forecast_monthly
-- depends_on: marts.fct_team_capacity_weekly
-- depends_on: marts.fct_team_utilization_monthly
-- depends_on: intermediate.int_allocation_days
-- depends_on: intermediate.int_calendar_days
-- depends_on: intermediate.int_fx_rates_monthly
-- depends_on: intermediate.int_member_days
-- depends_on: marts.time_spine_daily

with

declared (schema_name, table_name, key_columns) as (
        select
            'marts',
            'time_spine_daily',
            'date_day'
        union all select
            'intermediate',
            'int_calendar_days',
            'calendar_on'
        union all select
            'intermediate',
            'int_fx_rates_monthly',
            'currency,month_start'
        union all select
            'restricted',
            'dim_team_member_rates',
            'team_member_id,valid_from_on'
        union all select
            'marts',
            'fct_actuals',
            'actual_id'
        union all select
            'marts',
            'fct_project_budget_burn',
            'project_id'
        union all select
            'marts',
            'fct_project_portfolio',
            'project_status_name,project_type_name'
        union all select
            'marts',
            'fct_forecast_accuracy_monthly',
            'client_name,lead_months,month_start,project_type_name'
        union all select
            'marts',
            'fct_revenue_forecast_by_type_monthly',
            'month_start,project_type_name'
        union all select
            'snapshots',
            'forecast_versions',
            'as_of_on,month_start,project_id'
        union all select
            'intermediate',
            'int_project_budget_burn_monthly',
            'month_start,project_id'
        union all select
            'intermediate',
            'int_revenue_forecast_monthly',
            'month_start,project_id'
        union all select
            'marts',
            'fct_member_headroom_ahead',
            'counts_tentative,team_member_id,weeks_ahead'
        union all select
            'marts',
            'fct_team_capacity_weekly',
            'role_name,team,week_start'
        union all select
            'intermediate',
            'int_member_capacity_weekly',
            'team_member_id,week_start'
        union all select
            'marts',
            'fct_team_utilization_monthly',
            'month_start,role_name,team'
        union all select
            'intermediate',
            'int_member_utilization_monthly',
            'month_start,team_member_id'
        union all select
            'intermediate',
            'int_member_days',
            'calendar_on,team_member_id'
        union all select
            'intermediate',
            'int_actuals_priced',
            'actual_id'
        union all select
            'staging',
            'base_app__actuals',
            'actual_id'
        union all select
            'intermediate',
            'int_allocation_days',
            'allocation_id,planned_on'
        union all select
            'marts',
            'fct_project_status_history',
            'project_id,status_version'
        union all select
            'marts',
            'dim_projects',
            'project_id'
        union all select
            'marts',
            'dim_team_members',
            'team_member_id'
),

-- a model this test would check before it is built
unlisted (schema_name, table_name, key_columns) as (
        select
            cast(null as string),
            cast(null as string),
            cast(null as string)
        where false
),

final as (
    select * from unlisted
    union all
    
        select
            'marts' as schema_name,
            'time_spine_daily' as table_name,
            'date_day (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.time_spine_daily
            group by date_day
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_calendar_days' as table_name,
            'calendar_on (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_calendar_days
            group by calendar_on
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_fx_rates_monthly' as table_name,
            'currency,month_start (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_fx_rates_monthly
            group by currency,month_start
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'restricted' as schema_name,
            'dim_team_member_rates' as table_name,
            'team_member_id,valid_from_on (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from restricted.dim_team_member_rates
            group by team_member_id,valid_from_on
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_actuals' as table_name,
            'actual_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_actuals
            group by actual_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_project_budget_burn' as table_name,
            'project_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_project_budget_burn
            group by project_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_project_portfolio' as table_name,
            'project_status_name,project_type_name (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_project_portfolio
            group by project_status_name,project_type_name
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_forecast_accuracy_monthly' as table_name,
            'client_name,lead_months,month_start,project_type_name (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_forecast_accuracy_monthly
            group by client_name,lead_months,month_start,project_type_name
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_revenue_forecast_by_type_monthly' as table_name,
            'month_start,project_type_name (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_revenue_forecast_by_type_monthly
            group by month_start,project_type_name
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'snapshots' as schema_name,
            'forecast_versions' as table_name,
            'as_of_on,month_start,project_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from snapshots.forecast_versions
            group by as_of_on,month_start,project_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_project_budget_burn_monthly' as table_name,
            'month_start,project_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_project_budget_burn_monthly
            group by month_start,project_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_revenue_forecast_monthly' as table_name,
            'month_start,project_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_revenue_forecast_monthly
            group by month_start,project_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_member_headroom_ahead' as table_name,
            'counts_tentative,team_member_id,weeks_ahead (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_member_headroom_ahead
            group by counts_tentative,team_member_id,weeks_ahead
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_team_capacity_weekly' as table_name,
            'role_name,team,week_start (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_team_capacity_weekly
            group by role_name,team,week_start
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_member_capacity_weekly' as table_name,
            'team_member_id,week_start (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_member_capacity_weekly
            group by team_member_id,week_start
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_team_utilization_monthly' as table_name,
            'month_start,role_name,team (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_team_utilization_monthly
            group by month_start,role_name,team
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_member_utilization_monthly' as table_name,
            'month_start,team_member_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_member_utilization_monthly
            group by month_start,team_member_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_member_days' as table_name,
            'calendar_on,team_member_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_member_days
            group by calendar_on,team_member_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_actuals_priced' as table_name,
            'actual_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_actuals_priced
            group by actual_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'staging' as schema_name,
            'base_app__actuals' as table_name,
            'actual_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from staging.base_app__actuals
            group by actual_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'intermediate' as schema_name,
            'int_allocation_days' as table_name,
            'allocation_id,planned_on (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from intermediate.int_allocation_days
            group by allocation_id,planned_on
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'fct_project_status_history' as table_name,
            'project_id,status_version (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.fct_project_status_history
            group by project_id,status_version
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'dim_projects' as table_name,
            'project_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.dim_projects
            group by project_id
            having count(*) > 1
            limit 1
        ) as duplicates
        union all select
            'marts' as schema_name,
            'dim_team_members' as table_name,
            'team_member_id (a duplicate)' as key_columns
        from (
            select 1 as duplicated
            from marts.dim_team_members
            group by team_member_id
            having count(*) > 1
            limit 1
        ) as duplicates
)

select * from final