-- One row per build and counted relation (every app table, mart,
-- restricted and quality model): its row count against the median of the
-- same relation in the builds before it (decision 28).

with

runs as (
    select * from {{ ref('mon_runs') }}
),

row_counts as (
    select * from {{ source('monitoring', 'row_counts') }}
),

build_counts as (
    select
        row_counts.invocation_id,
        row_counts.relation_name,
        row_counts.relation_kind,
        row_counts.row_count,
        runs.started_at,
        row_number() over (
            partition by row_counts.relation_name order by runs.started_at
        ) as run_number
    from row_counts
    inner join runs
        on row_counts.invocation_id = runs.invocation_id
    where runs.is_build and runs.status <> 'running'
),

trailing_runs as (
    {{ trailing_median('build_counts', 'row_count', 'relation_name') }}
),

with_history as (
    select
        build_counts.*,
        trailing_runs.runs_before,
        trailing_runs.trailing_median as median_row_count
    from build_counts
    inner join trailing_runs
        on
            build_counts.invocation_id = trailing_runs.invocation_id
            and build_counts.relation_name = trailing_runs.relation_name
),

final as (
    select
        invocation_id,
        relation_name,
        relation_kind,
        started_at,
        row_count,
        runs_before,
        cast(median_row_count as numeric(18, 1)) as median_row_count,
        {{ safe_ratio('row_count - median_row_count', 'median_row_count') }}
            as change_ratio,
        runs_before >= {{ var('anomaly_min_runs') }}
        and (
            median_row_count = 0 and row_count > 0
            or median_row_count > 0
            and abs(row_count - median_row_count) / median_row_count
            > {{ var('anomaly_row_count_change') }}
        ) as is_anomaly
    from with_history
)

select * from final
