


with


    users as (
        select
            'users' as source_table,
            user_id as source_id,
            rejection_reason as reason_code,
            false as is_deleted,
            updated_at as source_updated_at
        from staging.base_app__users
        where rejection_reason is not null
    ),


    team_members as (
        select
            'team_members' as source_table,
            team_member_id as source_id,
            rejection_reason as reason_code,
            is_deleted,
            updated_at as source_updated_at
        from staging.base_app__team_members
        where rejection_reason is not null
    ),


    projects as (
        select
            'projects' as source_table,
            project_id as source_id,
            rejection_reason as reason_code,
            is_deleted,
            updated_at as source_updated_at
        from staging.base_app__projects
        where rejection_reason is not null
    ),


    allocations as (
        select
            'allocations' as source_table,
            allocation_id as source_id,
            rejection_reason as reason_code,
            is_deleted,
            updated_at as source_updated_at
        from staging.base_app__allocations
        where rejection_reason is not null
    ),


    time_off as (
        select
            'time_off' as source_table,
            time_off_id as source_id,
            rejection_reason as reason_code,
            is_deleted,
            updated_at as source_updated_at
        from staging.base_app__time_off
        where rejection_reason is not null
    ),


    actuals as (
        select
            'actuals' as source_table,
            actual_id as source_id,
            rejection_reason as reason_code,
            is_deleted,
            updated_at as source_updated_at
        from staging.base_app__actuals
        where rejection_reason is not null
    ),


reasons as (
    select * from reference.dq_reason_codes
),

unioned as (
    
        select * from users
        union all
    
        select * from team_members
        union all
    
        select * from projects
        union all
    
        select * from allocations
        union all
    
        select * from time_off
        union all
    
        select * from actuals
        
    
),

final as (
    select
        unioned.source_table,
        unioned.source_id,
        unioned.reason_code,
        reasons.reason_description,
        unioned.is_deleted,
        unioned.source_updated_at,
        cast('2026-11-20' as date) as seen_on
    from unioned
    left outer join reasons
        on unioned.reason_code = reasons.reason_code
)

select * from final