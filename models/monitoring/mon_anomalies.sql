-- One row per finding of the checks over the run history (decision 28),
-- by the invocation it belongs to: a node that failed, a row count that
-- moved past its threshold, a build much slower than usual, a jump in the
-- quarantine share, a stale app table. `headroom daily` alerts on the
-- findings of its own invocations; severity error makes it exit non-zero.

with

runs as (
    select * from {{ ref('mon_runs') }}
),

node_results as (
    select * from {{ source('monitoring', 'node_results') }}
),

row_counts as (
    select * from {{ ref('mon_row_count_changes') }}
),

durations as (
    select * from {{ ref('mon_run_durations') }}
),

quarantine as (
    select * from {{ ref('mon_quarantine_shares') }}
),

freshness as (
    select * from {{ ref('mon_source_freshness') }}
),

failed_nodes as (
    select
        node_results.invocation_id,
        'failed_' || node_results.resource_type as check_name,
        node_results.node_name as subject,
        'error' as severity,
        node_results.status as observed,
        'pass' as expected,
        coalesce(node_results.message, '') as detail
    from node_results
    inner join runs
        on node_results.invocation_id = runs.invocation_id
    where node_results.status in ('error', 'fail')
),

unfinished_runs as (
    select
        invocation_id,
        'unfinished_run' as check_name,
        command as subject,
        'error' as severity,
        status as observed,
        'success' as expected,
        coalesce(message, '') as detail
    from runs
    where status = 'failed' and nodes = 0
),

row_count_changes as (
    select
        invocation_id,
        'row_count_change' as check_name,
        relation_name as subject,
        'error' as severity,
        cast(row_count as text) as observed,
        cast(median_row_count as text) as expected,
        'rows moved by ' || round(100 * change_ratio) || '% against the median'
        || ' of the last ' || runs_before || ' builds' as detail
    from row_counts
    where is_anomaly
),

slow_builds as (
    select
        invocation_id,
        'slow_build' as check_name,
        'dbt build' as subject,
        'warn' as severity,
        duration_seconds || ' s' as observed,
        median_seconds || ' s' as expected,
        'more than {{ var("anomaly_duration_factor") }} times the median of'
        || ' the last ' || runs_before || ' builds' as detail
    from durations
    where is_anomaly
),

row_count_drops as (
    select
        invocation_id,
        'row_count_drop' as check_name,
        relation_name as subject,
        'error' as severity,
        cast(row_count as text) as observed,
        cast(last_success_row_count as text) as expected,
        'rows fell by ' || round(100 * drop_ratio)
        || '% against the last successful build' as detail
    from row_counts
    where is_drop and not is_anomaly
),

quarantine_jumps as (
    select
        invocation_id,
        'quarantine_share_jump' as check_name,
        'quality.dq_rejected_rows' as subject,
        'error' as severity,
        cast(quarantine_share as text) as observed,
        cast(median_share as text) as expected,
        'the share of app rows kept out of the marts jumped by more than'
        || ' {{ var("anomaly_quarantine_share_jump") }}' as detail
    from quarantine
    where is_anomaly
),

stale_sources as (
    select
        invocation_id,
        'stale_source' as check_name,
        source_table as subject,
        case
            when status in ('error', 'runtime error') then 'error' else 'warn'
        end as severity,
        age_hours || ' h' as observed,
        'under ' || warn_after_hours || ' h' as expected,
        'newest row at ' || coalesce(cast(max_loaded_at as text), 'none')
        || '; error after ' || error_after_hours || ' h' as detail
    from freshness
    where status in ('warn', 'error', 'runtime error')
),

findings as (
    select * from failed_nodes
    union all
    select * from unfinished_runs
    union all
    select * from row_count_changes
    union all
    select * from row_count_drops
    union all
    select * from slow_builds
    union all
    select * from quarantine_jumps
    union all
    select * from stale_sources
),

final as (
    select * from findings
)

select * from final
