

with


    
        totals_fct_team_capacity_weekly as (
            select
                week_start as period_start,
                
                    coalesce(sum(capacity_hours), 0) as capacity_hours,
                
                    coalesce(sum(capacity_to_date_hours), 0) as capacity_to_date_hours,
                
                    coalesce(sum(time_off_hours), 0) as time_off_hours,
                
                    coalesce(sum(planned_hours), 0) as planned_hours,
                
                    coalesce(sum(planned_confirmed_hours), 0) as planned_confirmed_hours,
                
                    coalesce(sum(planned_tentative_hours), 0) as planned_tentative_hours,
                
                    coalesce(sum(planned_on_hold_hours), 0) as planned_on_hold_hours,
                
                    coalesce(sum(planned_billable_hours), 0) as planned_billable_hours,
                
                    coalesce(sum(planned_billable_hours_after_as_of), 0) as planned_billable_hours_after_as_of,
                
                    coalesce(sum(time_off_conflict_hours), 0) as time_off_conflict_hours,
                
                    coalesce(sum(stale_planned_hours), 0) as stale_planned_hours,
                
                    coalesce(sum(actual_hours), 0) as actual_hours,
                
                    coalesce(sum(billable_hours), 0) as billable_hours,
                
                    coalesce(sum(headroom_hours), 0) as headroom_hours,
                
                count(*) as row_count
            from marts.fct_team_capacity_weekly
            group by week_start
        ),
    
        totals_fct_member_capacity_weekly as (
            select
                week_start as period_start,
                
                    coalesce(sum(capacity_hours), 0) as capacity_hours,
                
                    coalesce(sum(capacity_to_date_hours), 0) as capacity_to_date_hours,
                
                    coalesce(sum(time_off_hours), 0) as time_off_hours,
                
                    coalesce(sum(planned_hours), 0) as planned_hours,
                
                    coalesce(sum(planned_confirmed_hours), 0) as planned_confirmed_hours,
                
                    coalesce(sum(planned_tentative_hours), 0) as planned_tentative_hours,
                
                    coalesce(sum(planned_on_hold_hours), 0) as planned_on_hold_hours,
                
                    coalesce(sum(planned_billable_hours), 0) as planned_billable_hours,
                
                    coalesce(sum(planned_billable_hours_after_as_of), 0) as planned_billable_hours_after_as_of,
                
                    coalesce(sum(time_off_conflict_hours), 0) as time_off_conflict_hours,
                
                    coalesce(sum(stale_planned_hours), 0) as stale_planned_hours,
                
                    coalesce(sum(actual_hours), 0) as actual_hours,
                
                    coalesce(sum(billable_hours), 0) as billable_hours,
                
                    coalesce(sum(headroom_hours), 0) as headroom_hours,
                
                count(*) as row_count
            from marts.fct_member_capacity_weekly
            group by week_start
        ),
    

    diff_fct_team_capacity_weekly as (
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'capacity_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.capacity_hours as rollup_total,
                m.capacity_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.capacity_hours is distinct from m.capacity_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'capacity_to_date_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.capacity_to_date_hours as rollup_total,
                m.capacity_to_date_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.capacity_to_date_hours is distinct from m.capacity_to_date_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'time_off_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.time_off_hours as rollup_total,
                m.time_off_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.time_off_hours is distinct from m.time_off_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'planned_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_hours as rollup_total,
                m.planned_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.planned_hours is distinct from m.planned_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'planned_confirmed_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_confirmed_hours as rollup_total,
                m.planned_confirmed_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.planned_confirmed_hours is distinct from m.planned_confirmed_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'planned_tentative_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_tentative_hours as rollup_total,
                m.planned_tentative_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.planned_tentative_hours is distinct from m.planned_tentative_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'planned_on_hold_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_on_hold_hours as rollup_total,
                m.planned_on_hold_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.planned_on_hold_hours is distinct from m.planned_on_hold_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'planned_billable_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_billable_hours as rollup_total,
                m.planned_billable_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.planned_billable_hours is distinct from m.planned_billable_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'planned_billable_hours_after_as_of' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_billable_hours_after_as_of as rollup_total,
                m.planned_billable_hours_after_as_of as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.planned_billable_hours_after_as_of is distinct from m.planned_billable_hours_after_as_of
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'time_off_conflict_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.time_off_conflict_hours as rollup_total,
                m.time_off_conflict_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.time_off_conflict_hours is distinct from m.time_off_conflict_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'stale_planned_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.stale_planned_hours as rollup_total,
                m.stale_planned_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.stale_planned_hours is distinct from m.stale_planned_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'actual_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.actual_hours as rollup_total,
                m.actual_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.actual_hours is distinct from m.actual_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'billable_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.billable_hours as rollup_total,
                m.billable_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.billable_hours is distinct from m.billable_hours
            union all
        
            select
                'fct_team_capacity_weekly' as rollup_name,
                'headroom_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.headroom_hours as rollup_total,
                m.headroom_hours as mart_total
            from totals_fct_team_capacity_weekly as r
            full outer join totals_fct_member_capacity_weekly as m
                on r.period_start = m.period_start
            where
                r.headroom_hours is distinct from m.headroom_hours
            
        
    ),


    
        totals_fct_team_utilization_monthly as (
            select
                month_start as period_start,
                
                    coalesce(sum(capacity_hours), 0) as capacity_hours,
                
                    coalesce(sum(capacity_to_date_hours), 0) as capacity_to_date_hours,
                
                    coalesce(sum(time_off_hours), 0) as time_off_hours,
                
                    coalesce(sum(planned_hours), 0) as planned_hours,
                
                    coalesce(sum(planned_confirmed_hours), 0) as planned_confirmed_hours,
                
                    coalesce(sum(planned_tentative_hours), 0) as planned_tentative_hours,
                
                    coalesce(sum(planned_on_hold_hours), 0) as planned_on_hold_hours,
                
                    coalesce(sum(planned_billable_hours), 0) as planned_billable_hours,
                
                    coalesce(sum(planned_billable_hours_after_as_of), 0) as planned_billable_hours_after_as_of,
                
                    coalesce(sum(time_off_conflict_hours), 0) as time_off_conflict_hours,
                
                    coalesce(sum(stale_planned_hours), 0) as stale_planned_hours,
                
                    coalesce(sum(actual_hours), 0) as actual_hours,
                
                    coalesce(sum(billable_hours), 0) as billable_hours,
                
                    coalesce(sum(target_billable_hours), 0) as target_billable_hours,
                
                count(*) as row_count
            from marts.fct_team_utilization_monthly
            group by month_start
        ),
    
        totals_fct_member_utilization_monthly as (
            select
                month_start as period_start,
                
                    coalesce(sum(capacity_hours), 0) as capacity_hours,
                
                    coalesce(sum(capacity_to_date_hours), 0) as capacity_to_date_hours,
                
                    coalesce(sum(time_off_hours), 0) as time_off_hours,
                
                    coalesce(sum(planned_hours), 0) as planned_hours,
                
                    coalesce(sum(planned_confirmed_hours), 0) as planned_confirmed_hours,
                
                    coalesce(sum(planned_tentative_hours), 0) as planned_tentative_hours,
                
                    coalesce(sum(planned_on_hold_hours), 0) as planned_on_hold_hours,
                
                    coalesce(sum(planned_billable_hours), 0) as planned_billable_hours,
                
                    coalesce(sum(planned_billable_hours_after_as_of), 0) as planned_billable_hours_after_as_of,
                
                    coalesce(sum(time_off_conflict_hours), 0) as time_off_conflict_hours,
                
                    coalesce(sum(stale_planned_hours), 0) as stale_planned_hours,
                
                    coalesce(sum(actual_hours), 0) as actual_hours,
                
                    coalesce(sum(billable_hours), 0) as billable_hours,
                
                    coalesce(sum(target_billable_hours), 0) as target_billable_hours,
                
                count(*) as row_count
            from marts.fct_member_utilization_monthly
            group by month_start
        ),
    

    diff_fct_team_utilization_monthly as (
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'capacity_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.capacity_hours as rollup_total,
                m.capacity_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.capacity_hours is distinct from m.capacity_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'capacity_to_date_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.capacity_to_date_hours as rollup_total,
                m.capacity_to_date_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.capacity_to_date_hours is distinct from m.capacity_to_date_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'time_off_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.time_off_hours as rollup_total,
                m.time_off_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.time_off_hours is distinct from m.time_off_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'planned_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_hours as rollup_total,
                m.planned_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.planned_hours is distinct from m.planned_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'planned_confirmed_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_confirmed_hours as rollup_total,
                m.planned_confirmed_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.planned_confirmed_hours is distinct from m.planned_confirmed_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'planned_tentative_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_tentative_hours as rollup_total,
                m.planned_tentative_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.planned_tentative_hours is distinct from m.planned_tentative_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'planned_on_hold_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_on_hold_hours as rollup_total,
                m.planned_on_hold_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.planned_on_hold_hours is distinct from m.planned_on_hold_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'planned_billable_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_billable_hours as rollup_total,
                m.planned_billable_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.planned_billable_hours is distinct from m.planned_billable_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'planned_billable_hours_after_as_of' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.planned_billable_hours_after_as_of as rollup_total,
                m.planned_billable_hours_after_as_of as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.planned_billable_hours_after_as_of is distinct from m.planned_billable_hours_after_as_of
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'time_off_conflict_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.time_off_conflict_hours as rollup_total,
                m.time_off_conflict_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.time_off_conflict_hours is distinct from m.time_off_conflict_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'stale_planned_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.stale_planned_hours as rollup_total,
                m.stale_planned_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.stale_planned_hours is distinct from m.stale_planned_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'actual_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.actual_hours as rollup_total,
                m.actual_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.actual_hours is distinct from m.actual_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'billable_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.billable_hours as rollup_total,
                m.billable_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.billable_hours is distinct from m.billable_hours
            union all
        
            select
                'fct_team_utilization_monthly' as rollup_name,
                'target_billable_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.target_billable_hours as rollup_total,
                m.target_billable_hours as mart_total
            from totals_fct_team_utilization_monthly as r
            full outer join totals_fct_member_utilization_monthly as m
                on r.period_start = m.period_start
            where
                r.target_billable_hours is distinct from m.target_billable_hours
            
        
    ),


    
        totals_fct_revenue_forecast_by_type_monthly as (
            select
                month_start as period_start,
                
                    coalesce(sum(actual_hours), 0) as actual_hours,
                
                    coalesce(sum(actual_revenue_usd), 0) as actual_revenue_usd,
                
                    coalesce(sum(actual_cost_usd), 0) as actual_cost_usd,
                
                    coalesce(sum(forecast_hours), 0) as forecast_hours,
                
                    coalesce(sum(forecast_revenue_usd), 0) as forecast_revenue_usd,
                
                    coalesce(sum(forecast_cost_usd), 0) as forecast_cost_usd,
                
                    coalesce(sum(weighted_forecast_revenue_usd), 0) as weighted_forecast_revenue_usd,
                
                    coalesce(sum(weighted_forecast_cost_usd), 0) as weighted_forecast_cost_usd,
                
                count(*) as row_count
            from marts.fct_revenue_forecast_by_type_monthly
            group by month_start
        ),
    
        totals_fct_revenue_forecast_monthly as (
            select
                month_start as period_start,
                
                    coalesce(sum(actual_hours), 0) as actual_hours,
                
                    coalesce(sum(actual_revenue_usd), 0) as actual_revenue_usd,
                
                    coalesce(sum(actual_cost_usd), 0) as actual_cost_usd,
                
                    coalesce(sum(forecast_hours), 0) as forecast_hours,
                
                    coalesce(sum(forecast_revenue_usd), 0) as forecast_revenue_usd,
                
                    coalesce(sum(forecast_cost_usd), 0) as forecast_cost_usd,
                
                    coalesce(sum(weighted_forecast_revenue_usd), 0) as weighted_forecast_revenue_usd,
                
                    coalesce(sum(weighted_forecast_cost_usd), 0) as weighted_forecast_cost_usd,
                
                count(*) as row_count
            from marts.fct_revenue_forecast_monthly
            group by month_start
        ),
    

    diff_fct_revenue_forecast_by_type_monthly as (
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'actual_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.actual_hours as rollup_total,
                m.actual_hours as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.actual_hours is distinct from m.actual_hours
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'actual_revenue_usd' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.actual_revenue_usd as rollup_total,
                m.actual_revenue_usd as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.actual_revenue_usd is distinct from m.actual_revenue_usd
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'actual_cost_usd' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.actual_cost_usd as rollup_total,
                m.actual_cost_usd as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.actual_cost_usd is distinct from m.actual_cost_usd
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'forecast_hours' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.forecast_hours as rollup_total,
                m.forecast_hours as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.forecast_hours is distinct from m.forecast_hours
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'forecast_revenue_usd' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.forecast_revenue_usd as rollup_total,
                m.forecast_revenue_usd as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.forecast_revenue_usd is distinct from m.forecast_revenue_usd
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'forecast_cost_usd' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.forecast_cost_usd as rollup_total,
                m.forecast_cost_usd as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.forecast_cost_usd is distinct from m.forecast_cost_usd
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'weighted_forecast_revenue_usd' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.weighted_forecast_revenue_usd as rollup_total,
                m.weighted_forecast_revenue_usd as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.weighted_forecast_revenue_usd is distinct from m.weighted_forecast_revenue_usd
            union all
        
            select
                'fct_revenue_forecast_by_type_monthly' as rollup_name,
                'weighted_forecast_cost_usd' as measure,
                coalesce(r.period_start, m.period_start) as period_start,
                r.weighted_forecast_cost_usd as rollup_total,
                m.weighted_forecast_cost_usd as mart_total
            from totals_fct_revenue_forecast_by_type_monthly as r
            full outer join totals_fct_revenue_forecast_monthly as m
                on r.period_start = m.period_start
            where
                r.weighted_forecast_cost_usd is distinct from m.weighted_forecast_cost_usd
            
        
    ),



final as (
    
        select * from diff_fct_team_capacity_weekly
        union all
    
        select * from diff_fct_team_utilization_monthly
        union all
    
        select * from diff_fct_revenue_forecast_by_type_monthly
        
    
)

select * from final