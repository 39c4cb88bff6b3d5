with

base as (
    select * from {{ ref('base_app__projects') }}
),

valid as (
    select
        project_id,
        project_code,
        project_name,
        client_name,
        project_type_id,
        project_status_id,
        starts_on,
        ends_on,
        hourly_rate,
        monthly_fee,
        fixed_fee,
        is_fixed_fee_missing,
        budget_hours,
        currency,
        created_at,
        updated_at,
        deleted_at,
        is_deleted
    from base
    where rejection_reason is null
),

final as (
    select * from valid
)

select * from final
