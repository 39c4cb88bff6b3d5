
  
    
        create or replace table marts.fct_actuals
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select actual_id, team_member_id, project_id, worked_on, hours, actual_source, project_type_name, revenue_treatment, is_billable, is_unpriced, is_uncosted, is_backfilled, is_edited_after_week_closed, is_on_time_off, is_on_day_off, quality_flag_count, quality_score, updated_at, staged_at
    from (
        
-- depends_on: staging.base_app__actuals


with

priced as (
    select * from intermediate.int_actuals_priced
),

changed as (
    select priced.*
    from priced
    where
        true
),

final as (
    select
        actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        actual_source,
        project_type_name,
        revenue_treatment,
        is_billable,
        
            is_unpriced,
        
            is_uncosted,
        
            is_backfilled,
        
            is_edited_after_week_closed,
        
            is_on_time_off,
        
            is_on_day_off,
        
        quality_flag_count,
        quality_score,
        updated_at,
        staged_at
    from changed
)

select * from final
    ) as model_subq
  