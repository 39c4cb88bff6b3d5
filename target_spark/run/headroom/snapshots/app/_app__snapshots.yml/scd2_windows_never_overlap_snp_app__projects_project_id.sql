
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

with

versions as (
    select
        project_id as snapshot_key,
        dbt_valid_from,
        dbt_valid_to,
        lead(dbt_valid_from) over (
            partition by project_id order by dbt_valid_from
        ) as next_valid_from
    from snapshots.snp_app__projects
),

broken as (
    select
        versions.*,
        case
            when versions.dbt_valid_to <= versions.dbt_valid_from
                then 'ends_before_it_starts'
            when versions.next_valid_from is not null
                and versions.dbt_valid_to is null
                then 'open_version_followed_by_another'
            when versions.next_valid_from < versions.dbt_valid_to
                then 'overlap'
        end as problem
    from versions
)

select * from broken
where problem is not null


  
  
      
    ) dbt_internal_test