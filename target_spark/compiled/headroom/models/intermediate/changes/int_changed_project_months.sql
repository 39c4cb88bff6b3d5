

-- Spark: every period is rebuilt on every build (decision 38)
select
        cast(null as bigint) as project_id,
        cast(null as date) as month_start,
        cast(null as date) as first_day,
        cast(null as date) as last_day
    where false