


with

counts as (
    
        select
            'users' as source_table,
            (
                select count(*) from app.users
                
            ) as live_source_rows,
            (
                select count(*) from staging.stg_app__users
                
            ) as live_staged_rows,
            (
                select count(*) from quality.dq_rejected_rows
                where source_table = 'users' and not is_deleted
            ) as live_rejected_rows
        union all
    
        select
            'team_members' as source_table,
            (
                select count(*) from app.team_members
                
                    where deleted_at is null
                
            ) as live_source_rows,
            (
                select count(*) from staging.stg_app__team_members
                where not is_deleted
            ) as live_staged_rows,
            (
                select count(*) from quality.dq_rejected_rows
                where source_table = 'team_members' and not is_deleted
            ) as live_rejected_rows
        union all
    
        select
            'projects' as source_table,
            (
                select count(*) from app.projects
                
                    where deleted_at is null
                
            ) as live_source_rows,
            (
                select count(*) from staging.stg_app__projects
                where not is_deleted
            ) as live_staged_rows,
            (
                select count(*) from quality.dq_rejected_rows
                where source_table = 'projects' and not is_deleted
            ) as live_rejected_rows
        union all
    
        select
            'allocations' as source_table,
            (
                select count(*) from app.allocations
                
                    where deleted_at is null
                
            ) as live_source_rows,
            (
                select count(*) from staging.stg_app__allocations
                where not is_deleted
            ) as live_staged_rows,
            (
                select count(*) from quality.dq_rejected_rows
                where source_table = 'allocations' and not is_deleted
            ) as live_rejected_rows
        union all
    
        select
            'time_off' as source_table,
            (
                select count(*) from app.time_off
                
                    where deleted_at is null
                
            ) as live_source_rows,
            (
                select count(*) from staging.stg_app__time_off
                where not is_deleted
            ) as live_staged_rows,
            (
                select count(*) from quality.dq_rejected_rows
                where source_table = 'time_off' and not is_deleted
            ) as live_rejected_rows
        union all
    
        select
            'actuals' as source_table,
            (
                select count(*) from app.actuals
                
                    where deleted_at is null
                
            ) as live_source_rows,
            (
                select count(*) from staging.stg_app__actuals
                where not is_deleted
            ) as live_staged_rows,
            (
                select count(*) from quality.dq_rejected_rows
                where source_table = 'actuals' and not is_deleted
            ) as live_rejected_rows
        
    
)

select
    source_table,
    live_source_rows,
    live_rejected_rows
from counts
where live_rejected_rows > 0.05 * live_source_rows