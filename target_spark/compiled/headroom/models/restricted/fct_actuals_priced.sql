


with

priced as (
    select * from intermediate.int_actuals_priced
),

final as (
    select
        actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        actual_source,
        project_type_name,
        revenue_treatment,
        is_billable,
        revenue_usd,
        cost_usd,
        is_unpriced,
        is_uncosted,
        is_backfilled,
        is_edited_after_week_closed,
        is_on_time_off,
        is_on_day_off,
        quality_flag_count,
        quality_score,
        updated_at,
        staged_at
    from priced
)

select * from final