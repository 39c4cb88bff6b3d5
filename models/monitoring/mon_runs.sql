-- One row per dbt invocation the project ran (decision 28): what, when, how
-- long, and how it ended.

with

invocations as (
    select * from {{ source('monitoring', 'invocations') }}
),

node_results as (
    select * from {{ source('monitoring', 'node_results') }}
),

node_counts as (
    select
        invocation_id,
        count(*) as nodes,
        count(*) filter (where status in ('error', 'fail')) as nodes_failed,
        count(*) filter (where status = 'warn') as nodes_warned,
        count(*) filter (
            where resource_type in ('test', 'unit_test')
            and status in ('error', 'fail')
        ) as tests_failed
    from node_results
    group by invocation_id
),

final as (
    select
        invocations.invocation_id,
        invocations.command,
        invocations.target_name,
        invocations.as_of_on,
        invocations.started_at,
        invocations.ended_at,
        cast(
            extract(epoch from invocations.ended_at - invocations.started_at)
            as numeric(12, 1)
        ) as duration_seconds,
        invocations.status,
        invocations.message,
        coalesce(node_counts.nodes, 0) as nodes,
        coalesce(node_counts.nodes_failed, 0) as nodes_failed,
        coalesce(node_counts.nodes_warned, 0) as nodes_warned,
        coalesce(node_counts.tests_failed, 0) as tests_failed,
        invocations.command in ('build', 'run') as is_build
    from invocations
    left outer join node_counts
        on invocations.invocation_id = node_counts.invocation_id
)

select * from final
