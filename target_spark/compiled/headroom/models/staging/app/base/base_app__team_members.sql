

with

source as (
    select * from app.team_members
),

renamed as (
    select
        id as team_member_id,
        user_id,
        name as team_member_name,
        role as role_raw,
        lower(regexp_replace(trim(role), '\\s+', ' ')) as role_key,
        nullif(trim(team), '') as team,
        weekly_capacity_hours,
        cast(
        case
            when cost_rate < 0 then null
            else cost_rate
        end as numeric(10, 2)
    ) as cost_rate_usd,
        cast(
        case
            when bill_rate < 0 then null
            else bill_rate
        end as numeric(10, 2)
    ) as bill_rate_usd,
        filter(
        array(
                case when cost_rate < 0 then 'cost_rate' end,
                case when bill_rate < 0 then 'bill_rate' end
        ),
        column_name -> column_name is not null
    )
            as invalid_money_columns,
        active as is_active,
        started_on,
        ended_on,
        created_at as created_at,
        updated_at as updated_at,
        deleted_at as deleted_at,
        deleted_at is not null as is_deleted,
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