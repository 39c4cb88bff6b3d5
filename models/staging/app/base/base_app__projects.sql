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
        -- a fixed price of zero sells nothing: unknown, as a negative one
        -- (a Fixed Fee project's missing fee: is_fixed_fee_missing)
        nullif(
            {{ valid_money('fixed_fee', 'numeric(12, 2)') }}, 0
        ) as fixed_fee,
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
        -- contract v3's defect: a Fixed Fee project with no fee, or one of
        -- zero or below. The project and its hours stay; its revenue is
        -- unknown (quality.dq_invalid_values lists it)
        (
            renamed.fixed_fee is null
            and exists (
                select 1 from types
                where
                    types.project_type_id = renamed.project_type_id
                    and types.revenue_treatment = 'fixed_fee'
            )
        ) as is_fixed_fee_missing,
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
