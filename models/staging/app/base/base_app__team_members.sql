{#- A view: small, and read by the snapshots, which must see the app as
    it is now (dbt_project.yml makes the other base models tables). -#}
{{ config(materialized='view') }}

with

source as (
    select * from {{ source('app', 'team_members') }}
),

renamed as (
    select
        id as team_member_id,
        user_id,
        name as team_member_name,
        role as role_raw,
        {{ conform_text_key('role') }} as role_key,
        {{ meaningful_name('team') }} as team,
        {{ meaningless_name('team') }} as is_team_meaningless,
        weekly_capacity_hours,
        {{ valid_money('cost_rate', 'numeric(10, 2)') }} as cost_rate_usd,
        {{ valid_money('bill_rate', 'numeric(10, 2)') }} as bill_rate_usd,
        {{ invalid_money_columns(['cost_rate', 'bill_rate']) }}
            as invalid_money_columns,
        active as is_active,
        is_placeholder,
        started_on,
        ended_on,
        {{ at_utc('created_at') }} as created_at,
        {{ at_utc('updated_at') }} as updated_at,
        {{ at_utc('deleted_at') }} as deleted_at,
        deleted_at is not null as is_deleted,
        case
            when {{ invalid_timestamps('created_at', 'updated_at') }}
                then 'invalid_updated_at'
            when {{ timestamps_in_future('created_at', 'updated_at') }}
                then 'future_updated_at'
            when weekly_capacity_hours < 0 or weekly_capacity_hours > 80
                then 'capacity_out_of_range'
            when ended_on < started_on
                then 'inverted_date_range'
        end as rejection_reason
    from source
),

final as (
    select * from renamed
)

select * from final
