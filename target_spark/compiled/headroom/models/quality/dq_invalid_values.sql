


with

    team_members as (
        select
            'team_members' as source_table,
            team_member_id as source_id,
            explode(invalid_money_columns) as column_name,
            is_deleted,
            rejection_reason is not null as is_rejected,
            updated_at as source_updated_at
        from staging.base_app__team_members
        where cardinality(invalid_money_columns) > 0
    ),


    projects as (
        select
            'projects' as source_table,
            project_id as source_id,
            explode(invalid_money_columns) as column_name,
            is_deleted,
            rejection_reason is not null as is_rejected,
            updated_at as source_updated_at
        from staging.base_app__projects
        where cardinality(invalid_money_columns) > 0
    ),


final as (
    
        select
            source_table,
            source_id,
            column_name,
            'NaN or negative: used as unknown (null)' as reason_description,
            is_deleted,
            is_rejected,
            source_updated_at,
            cast('2026-11-20' as date) as seen_on
        from team_members
        union all
    
        select
            source_table,
            source_id,
            column_name,
            'NaN or negative: used as unknown (null)' as reason_description,
            is_deleted,
            is_rejected,
            source_updated_at,
            cast('2026-11-20' as date) as seen_on
        from projects
        
    
)

select * from final