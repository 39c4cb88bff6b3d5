create or replace view staging.base_app__projects
  
  
  as
    

with

source as (
    select * from app.projects
),

statuses as (
    select * from reference.project_statuses
),

types as (
    select * from reference.project_types
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
        cast(
        case
            when hourly_rate < 0 then null
            else hourly_rate
        end as numeric(10, 2)
    ) as hourly_rate,
        cast(
        case
            when monthly_fee < 0 then null
            else monthly_fee
        end as numeric(12, 2)
    ) as monthly_fee,
        cast(
        case
            when budget_hours < 0 then null
            else budget_hours
        end as numeric(10, 2)
    ) as budget_hours,
        filter(
        array(
                case when hourly_rate < 0 then 'hourly_rate' end,
                case when monthly_fee < 0 then 'monthly_fee' end,
                case when budget_hours < 0 then 'budget_hours' end
        ),
        column_name -> column_name is not null
    ) as invalid_money_columns,
        upper(currency) as currency,
        created_at as created_at,
        updated_at as updated_at,
        deleted_at as deleted_at,
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
            when (created_at is null
    or updated_at is null
    or updated_at < created_at)
                then 'invalid_updated_at'
            when (created_at > greatest(
        current_timestamp,
        cast(to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast('2026-11-20' as date)), nvl2(to_timestamp(cast('2026-11-20' as date)), assert_true(to_timestamp(cast('2026-11-20' as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

)
        ) as timestamp)
    )
    or updated_at > greatest(
        current_timestamp,
        cast(to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

,
                    cast(1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast('2026-11-20' as date)), nvl2(to_timestamp(cast('2026-11-20' as date)), assert_true(to_timestamp(cast('2026-11-20' as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast('2026-11-20' as date)), nvl2(date(cast('2026-11-20' as date)), assert_true(date(cast('2026-11-20' as date)) is not null), null))

)
        ) as timestamp)
    ))
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
