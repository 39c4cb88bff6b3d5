-- One row per build: the rows kept out of the marts (quality
-- dq_rejected_rows) as a share of all app rows, against the median share
-- of the builds before it (decision 28); and the values the marts use as
-- unknown in rows they keep (quality dq_invalid_values).

with

row_counts as (
    select * from {{ ref('mon_row_count_changes') }}
),

shares as (
    select
        invocation_id,
        min(started_at) as started_at,
        sum(row_count) filter (
            where relation_name = 'dq_rejected_rows'
        ) as quarantined_rows,
        sum(row_count) filter (
            where relation_name = 'dq_invalid_values'
        ) as values_used_as_unknown,
        sum(row_count) filter (where relation_kind = 'source') as app_rows
    from row_counts
    group by invocation_id
),

with_share as (
    select
        invocation_id,
        started_at,
        quarantined_rows,
        values_used_as_unknown,
        app_rows,
        {{ safe_ratio('quarantined_rows', 'app_rows') }} as quarantine_share,
        row_number() over (order by started_at) as run_number
    from shares
),

trailing_runs as (
    {{ trailing_median('with_share', 'quarantine_share') }}
),

with_history as (
    select
        with_share.*,
        trailing_runs.runs_before,
        trailing_runs.trailing_median as median_share
    from with_share
    inner join trailing_runs
        on with_share.invocation_id = trailing_runs.invocation_id
),

final as (
    select
        invocation_id,
        started_at,
        quarantined_rows,
        values_used_as_unknown,
        app_rows,
        quarantine_share,
        runs_before,
        cast(median_share as numeric(10, 4)) as median_share,
        runs_before >= {{ var('anomaly_min_runs') }}
        and quarantine_share - median_share
        > {{ var('anomaly_quarantine_share_jump') }} as is_anomaly
    from with_history
)

select * from final
