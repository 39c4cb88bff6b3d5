{#
    The mart as analysts read it: int_project_status_versions as it is,
    which fct_project_portfolio reads too (no mart reads another: decision
    33).
#}

with

source_rows as (
    select * from {{ ref('int_project_status_versions') }}
),

final as (
    select
        project_id,
        status_version,
        project_status_id,
        project_status_name,
        workflow_order,
        valid_from,
        valid_to,
        is_current,
        is_start_known,
        days_in_status
    from source_rows
)

select * from final
