{#- A view: small, and read by the snapshots, which must see the app as
    it is now (dbt_project.yml makes the other base models tables). -#}
{{ config(materialized='view') }}

with

source as (
    select * from {{ source('app', 'projects') }}
),

statuses as (
    select * from {{ ref('project_statuses') }}
),

types as (
    select * from {{ ref('project_types') }}
),

renamed as (
    select
        id as project_id,
        code as project_code,
        name as project_name,
        client_name,
        project_type_id,
        project_status_id,
        starts_on,
        ends_on,
        {{ valid_money('hourly_rate', 'numeric(10, 2)') }} as hourly_rate,
        {{ valid_money('monthly_fee', 'numeric(12, 2)') }} as monthly_fee,
        {{ valid_money('budget_hours', 'numeric(10, 2)') }} as budget_hours,
        {{ invalid_money_columns(
            ['hourly_rate', 'monthly_fee', 'budget_hours']
        ) }} as invalid_money_columns,
        upper(currency) as currency,
        {{ at_utc('created_at') }} as created_at,
        {{ at_utc('updated_at') }} as updated_at,
        {{ at_utc('deleted_at') }} as deleted_at,
        deleted_at is not null as is_deleted
    from source
),

checked as (
    select
        renamed.*,
        case
            -- the enums are reference data: a value outside the seeds is
            -- a defect, whatever the app's code allowed that day
            when not exists (
                select 1 from statuses
                where statuses.project_status_id = renamed.project_status_id
            ) then 'unknown_project_status'
            when not exists (
                select 1 from types
                where types.project_type_id = renamed.project_type_id
            ) then 'unknown_project_type'
            when {{ invalid_timestamps('created_at', 'updated_at') }}
                then 'invalid_updated_at'
            when {{ timestamps_in_future('created_at', 'updated_at') }}
                then 'future_updated_at'
            when renamed.currency not in ('USD', 'EUR', 'GBP')
                then 'unknown_currency'
            when renamed.ends_on < renamed.starts_on
                then 'inverted_date_range'
        end as rejection_reason
    from renamed
),

final as (
    select * from checked
)

select * from final
