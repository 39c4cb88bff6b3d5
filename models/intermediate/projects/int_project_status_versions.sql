{#
    Project status versions from the snapshot snp_app__projects (gaps and
    islands): the table behind the mart fct_project_status_history (a copy
    of it), read also by fct_project_portfolio for the days each project
    has spent in its current status (no mart reads another: decision 33).
    Only projects the app still has: one deleted outright leaves the marts.
#}
with

snapshots as (
    select * from {{ ref('snp_app__projects') }}
),

project_statuses as (
    select * from {{ ref('project_statuses') }}
),

-- the projects the app still has (soft-deleted ones included): a project
-- deleted outright is gone for the business (contract v3), and its closed
-- versions stay in the snapshot only
projects as (
    select * from {{ ref('stg_app__projects') }}
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
        -- When the status began is known for a status the snapshots saw the
        -- project change into, or a first version that is the project as
        -- it was created (never edited before the warehouse first saw
        -- it). Otherwise the status began somewhere between the project's
        -- creation and the first snapshot: the days in it are unknown
        -- (null), never counted from the first sighting as if it were the
        -- start.
        (
            status_versions.status_version > 1
            or status_versions.valid_from <= projects.created_at
        ) as is_start_known,
        case when (
            status_versions.status_version > 1
            or status_versions.valid_from <= projects.created_at
        ) then cast(
            {{ dbt.datediff(
                'cast(' ~ at_utc('status_versions.valid_from') ~ ' as date)',
                'coalesce(cast(' ~ at_utc('status_versions.valid_to')
                ~ ' as date), greatest(' ~ as_of_date() ~ ', cast('
                ~ at_utc('status_versions.valid_from') ~ ' as date)))',
                'day'
            ) }}
            as integer
        ) end as days_in_status
    from status_versions
    inner join project_statuses
        on
            status_versions.project_status_id
            = project_statuses.project_status_id
    inner join projects
        on status_versions.project_id = projects.project_id
)

select * from final
