

with


    public_actuals as (
        select public_actuals.*
        from marts.fct_actuals as public_actuals
    ),

    priced_actuals as (
        select priced_actuals.*
        from intermediate.int_actuals_priced as priced_actuals
    ),


-- One pass over both tables: rows of either side with no partner, or a
-- partner holding anything else differently.
final as (
    select
        coalesce(public_rows.actual_id, priced_rows.actual_id) as actual_id,
        case
            when priced_rows.actual_id is null then 'only in fct_actuals'
            when public_rows.actual_id is null
                then 'only in int_actuals_priced'
            else 'held differently'
        end as found
    from public_actuals as public_rows
    full outer join priced_actuals as priced_rows
        on public_rows.actual_id = priced_rows.actual_id
    where
        public_rows.actual_id is null
        or priced_rows.actual_id is null
        
            or public_rows.team_member_id
            is distinct from priced_rows.team_member_id
        
            or public_rows.project_id
            is distinct from priced_rows.project_id
        
            or public_rows.worked_on
            is distinct from priced_rows.worked_on
        
            or public_rows.hours
            is distinct from priced_rows.hours
        
            or public_rows.actual_source
            is distinct from priced_rows.actual_source
        
            or public_rows.project_type_name
            is distinct from priced_rows.project_type_name
        
            or public_rows.revenue_treatment
            is distinct from priced_rows.revenue_treatment
        
            or public_rows.is_billable
            is distinct from priced_rows.is_billable
        
            or public_rows.updated_at
            is distinct from priced_rows.updated_at
        
            or public_rows.quality_flag_count
            is distinct from priced_rows.quality_flag_count
        
            or public_rows.quality_score
            is distinct from priced_rows.quality_score
        
            or public_rows.is_unpriced
            is distinct from priced_rows.is_unpriced
        
            or public_rows.is_uncosted
            is distinct from priced_rows.is_uncosted
        
            or public_rows.is_backfilled
            is distinct from priced_rows.is_backfilled
        
            or public_rows.is_edited_after_week_closed
            is distinct from priced_rows.is_edited_after_week_closed
        
            or public_rows.is_on_time_off
            is distinct from priced_rows.is_on_time_off
        
            or public_rows.is_on_day_off
            is distinct from priced_rows.is_on_day_off
        
)

select * from final