-- One row per freshness check (`headroom daily` runs `dbt source
-- freshness` first) and app table: how old its newest row was, and the SLA
-- it was held to (decision 28).

with

freshness as (
    select * from {{ source('monitoring', 'source_freshness') }}
),

final as (
    select
        invocation_id,
        source_table,
        status,
        max_loaded_at,
        snapshotted_at,
        age_hours,
        warn_after_hours,
        error_after_hours,
        snapshotted_at = max(snapshotted_at) over (
            partition by source_table
        ) as is_latest
    from freshness
)

select * from final
