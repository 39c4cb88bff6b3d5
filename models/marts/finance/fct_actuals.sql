{#
    The actuals for everyone who reads the marts: fct_actuals_priced less
    its money columns. A view, so it costs nothing to build and is never
    behind the table; PostgreSQL runs it with the owner's rights.
#}
{{ config(materialized='view') }}

with

priced as (
    select * from {{ ref('fct_actuals_priced') }}
),

final as (
    select
        actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        actual_source,
        project_type_name,
        revenue_treatment,
        is_billable,
        updated_at
    from priced
)

select * from final
