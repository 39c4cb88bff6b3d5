-- One row per build and counted relation (every app table, mart,
-- restricted and quality model): its row count against the median of the
-- same relation in the builds before it (decision 28), and against the
-- last successful build before it (decision 39): an app table or mart
-- whose rows fall by more than anomaly_row_count_drop is a finding from
-- the second build on, where the median needs anomaly_min_runs builds.

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
        runs.status,
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
        trailing_runs.trailing_median as median_row_count,
        last_success.row_count as last_success_row_count
    from build_counts
    inner join trailing_runs
        on
            build_counts.invocation_id = trailing_runs.invocation_id
            and build_counts.relation_name = trailing_runs.relation_name
    left outer join lateral (
        select earlier.row_count
        from build_counts as earlier
        where
            earlier.relation_name = build_counts.relation_name
            and earlier.run_number < build_counts.run_number
            and earlier.status in ('success', 'warned')
        order by earlier.run_number desc
        limit 1
    ) as last_success on true
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
        last_success_row_count,
        {{ safe_ratio(
            'cast(last_success_row_count - row_count as numeric)',
            'last_success_row_count'
        ) }} as drop_ratio,
        relation_kind in ('source', 'marts')
        and last_success_row_count > 0
        and (last_success_row_count - row_count) * 1.0
        / last_success_row_count > {{ var('anomaly_row_count_drop') }}
            as is_drop,
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
