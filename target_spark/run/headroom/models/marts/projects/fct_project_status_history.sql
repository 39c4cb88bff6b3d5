
  
    
        create or replace table marts.fct_project_status_history
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select project_id, status_version, project_status_id, project_status_name, workflow_order, valid_from, valid_to, is_current, days_in_status
    from (
        

with

source_rows as (
    select * from intermediate.int_project_status_versions
),

final as (
    select
        project_id,
        status_version,
        project_status_id,
        project_status_name,
        workflow_order,
        valid_from,
        valid_to,
        is_current,
        days_in_status
    from source_rows
)

select * from final
    ) as model_subq
  