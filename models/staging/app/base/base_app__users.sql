{#- A view: small, and read by the snapshots, which must see the app as
    it is now (dbt_project.yml makes the other base models tables). -#}
{{ config(materialized='view') }}

{#
    Renames and casts app.users and says why a row cannot be trusted.
    Base models keep every row; stg_app__users passes only the valid ones
    and dq_rejected_rows shows the others with their reason.
#}
with

source as (
    select * from {{ source('app', 'users') }}
),

renamed as (
    select
        id as user_id,
        name as user_name,
        is_admin,
        {{ at_utc('created_at') }} as created_at,
        {{ at_utc('updated_at') }} as updated_at,
        case
            when {{ invalid_timestamps('created_at', 'updated_at') }}
                then 'invalid_updated_at'
            when {{ timestamps_in_future('created_at', 'updated_at') }}
                then 'future_updated_at'
        end as rejection_reason
    from source
),

final as (
    select * from renamed
)

select * from final
