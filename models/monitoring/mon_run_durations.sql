-- One row per finished build: how long it took against the median of the
-- finished builds before it (decision 28).

with

runs as (
    select * from {{ ref('mon_runs') }}
),

builds as (
    select invocation_id, started_at, duration_seconds, status
    from runs
    where runs.is_build and runs.duration_seconds is not null
),

with_history as (
    select
        builds.*,
        earlier_runs.runs_before,
        earlier_runs.median_seconds
    from builds
    cross join lateral (
        select
            count(*) as runs_before,
            cast(
                percentile_cont(0.5) within group (
                    order by earlier.duration_seconds
                ) as numeric
            ) as median_seconds
        from (
            select previous.duration_seconds
            from builds as previous
            where previous.started_at < builds.started_at
            order by previous.started_at desc
            limit {{ var('anomaly_trailing_runs') }}
        ) as earlier
    ) as earlier_runs
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
