-- One row per finished build: how long it took against the median of the
-- finished builds before it (decision 28).

with

runs as (
    select * from {{ ref('mon_runs') }}
),

builds as (
    select
        runs.invocation_id,
        runs.started_at,
        runs.duration_seconds,
        runs.status,
        row_number() over (order by runs.started_at) as run_number
    from runs
    where runs.is_build and runs.duration_seconds is not null
),

trailing_runs as (
    {{ trailing_median('builds', 'duration_seconds') }}
),

with_history as (
    select
        builds.*,
        trailing_runs.runs_before,
        trailing_runs.trailing_median as median_seconds
    from builds
    inner join trailing_runs
        on builds.invocation_id = trailing_runs.invocation_id
),

final as (
    select
        invocation_id,
        started_at,
        status,
        duration_seconds,
        runs_before,
        cast(median_seconds as numeric(12, 1)) as median_seconds,
        runs_before >= {{ var('anomaly_min_runs') }}
        and duration_seconds
        > {{ var('anomaly_duration_factor') }} * median_seconds as is_anomaly
    from with_history
)

select * from final
