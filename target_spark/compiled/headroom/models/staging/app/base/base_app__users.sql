


with

source as (
    select * from app.users
),

renamed as (
    select
        id as user_id,
        name as user_name,
        is_admin,
        created_at as created_at,
        updated_at as updated_at,
        case
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
        end as rejection_reason
    from source
),

final as (
    select * from renamed
)

select * from final