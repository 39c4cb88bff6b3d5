
  
    
        create or replace table intermediate.int_changed_member_months
      
      
    using iceberg
      
      
      
      
      
      

      as
      

-- Spark: every period is rebuilt on every build (decision 38)
select
        cast(null as bigint) as team_member_id,
        cast(null as date) as month_start,
        cast(null as date) as first_day,
        cast(null as date) as last_day
    where false
  