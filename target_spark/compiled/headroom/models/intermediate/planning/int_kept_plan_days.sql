


with

allocation_days as (
    select * from intermediate.int_allocation_days
),

member_days as (
    select * from intermediate.int_member_days
),

final as (
    select
        allocation_days.project_id,
        allocation_days.team_member_id,
        allocation_days.planned_on,
        cast(
            round(allocation_days.planned_hours * coalesce(member_days.plan_kept_ratio, 1), 2) as numeric(8, 2)
        ) as planned_hours
    from allocation_days
    left outer join member_days
        on
            allocation_days.team_member_id = member_days.team_member_id
            and allocation_days.planned_on = member_days.calendar_on
    where
        allocation_days.planned_on > cast('2026-11-20' as date)
        and allocation_days.planned_on <= cast(
        to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )) is not null), null))

,
                    cast(-1 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), nvl2(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), assert_true(to_timestamp(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), nvl2(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )), assert_true(date(to_timestamp(
            to_unix_timestamp(
                add_months(
                    

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

,
                    cast(13 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(to_timestamp(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), nvl2(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)), assert_true(date(cast(date_trunc('month', cast('2026-11-20' as date)) as date)) is not null), null))

)
        )) is not null), null))

)
        )
        as date
    )
        and not (
        allocation_days.is_project_deleted
        or (
            allocation_days.is_project_closed
            and allocation_days.planned_on > cast('2026-11-20' as date)
        )
    )
)

select * from final