
with

snapshots as (
    select * from snapshots.snp_app__projects
),

project_statuses as (
    select * from reference.project_statuses
),

-- A snapshot version is any edit; a status version is a run of consecutive
-- versions with the same status (gaps and islands).
ordered as (
    select
        project_id,
        project_status_id,
        dbt_valid_from,
        dbt_valid_to,
        lag(project_status_id) over (
            partition by project_id order by dbt_valid_from
        ) as previous_status_id
    from snapshots
),

versions as (
    select
        *,
        case
            when coalesce(previous_status_id, -1) != project_status_id
                then 1
            else 0
        end as is_status_change
    from ordered
),

islands as (
    select
        *,
        sum(is_status_change) over (
            partition by project_id
            order by dbt_valid_from
            rows between unbounded preceding and current row
        ) as status_version
    from versions
),

status_versions as (
    select
        project_id,
        status_version,
        min(project_status_id) as project_status_id,
        min(dbt_valid_from) as valid_from,
        -- the last version's end; null while the status is current (only
        -- the last version of a project can be open: its snapshot's tests)
        case
            when count(dbt_valid_to) < count(*) then null
            else max(dbt_valid_to)
        end as valid_to
    from islands
    group by project_id, status_version
),

final as (
    select
        status_versions.project_id,
        cast(status_versions.status_version as integer) as status_version,
        status_versions.project_status_id,
        project_statuses.project_status_name,
        project_statuses.workflow_order,
        status_versions.valid_from,
        status_versions.valid_to,
        status_versions.valid_to is null as is_current,
        cast(
            
        
        datediff(

    coalesce(date(coalesce(cast(status_versions.valid_to as date), greatest(cast('2026-11-20' as date), cast(status_versions.valid_from as date)))), nvl2(date(coalesce(cast(status_versions.valid_to as date), greatest(cast('2026-11-20' as date), cast(status_versions.valid_from as date)))), assert_true(date(coalesce(cast(status_versions.valid_to as date), greatest(cast('2026-11-20' as date), cast(status_versions.valid_from as date)))) is not null), null))

, 

    coalesce(date(cast(status_versions.valid_from as date)), nvl2(date(cast(status_versions.valid_from as date)), assert_true(date(cast(status_versions.valid_from as date)) is not null), null))

)
            as integer
        ) as days_in_status
    from status_versions
    inner join project_statuses
        on
            status_versions.project_status_id
            = project_statuses.project_status_id
)

select * from final