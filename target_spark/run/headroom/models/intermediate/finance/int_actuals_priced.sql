
  
    
        create or replace table intermediate.int_actuals_priced
      
      
      
    using iceberg
      
      
      
      
      
      

      as
      
    select actual_id, team_member_id, project_id, worked_on, hours, actual_source, project_type_name, revenue_treatment, is_billable, revenue_usd, cost_usd, is_unpriced, is_uncosted, is_backfilled, is_edited_after_week_closed, is_on_time_off, is_on_day_off, quality_flag_count, quality_score, updated_at, staged_at
    from (
        -- depends_on: staging.base_app__actuals


with

actuals as (
    select * from staging.stg_app__actuals
),

member_versions as (
    select * from intermediate.int_team_member_versions
),

projects as (
    select * from intermediate.int_projects
),

fx_rates as (
    select * from intermediate.int_fx_rates_monthly
),

members as (
    select * from intermediate.int_team_members
),

time_off_days as (
    select * from intermediate.int_time_off_days
),

calendar as (
    select * from intermediate.int_calendar_days
),

-- Incremental runs (decision 33) re-price the actuals staged since the
-- last build and every actuals row of a member or project stamped since
-- then (new rates, terms or fate) or of a member whose time off was
-- (is_on_time_off). The post-hook removes rows that are no longer live
-- and valid.
changed as (
    select actuals.*
    from actuals
    where
        not actuals.is_deleted
        and true
),

-- Rates as they were on the day: the member's version in force on
-- worked_on, and the project's rate converted at the month's FX rate. A
-- rate that is not known leaves the money null (never zero).
priced as (
    select
        changed.actual_id,
        changed.team_member_id,
        changed.project_id,
        changed.worked_on,
        changed.hours,
        changed.actual_source,
        projects.project_type_name,
        projects.revenue_treatment,
        projects.is_billable,
        cast(
            case
        when projects.revenue_treatment = 'time_and_materials'
            then changed.hours * coalesce(
                projects.hourly_rate * fx_rates.usd_per_unit,
                member_versions.bill_rate_usd
            )
        else 0
    end
            as numeric(14, 2)
        ) as revenue_usd,
        cast(
            changed.hours * member_versions.cost_rate_usd as numeric(14, 2)
        ) as cost_usd,
        -- edited (not only entered) at or after the close of its week
        (
            changed.updated_at > changed.created_at
            and changed.updated_at >= cast(to_timestamp(
            to_unix_timestamp(
                date_add(
                    

    coalesce(date(date_trunc('week', changed.worked_on)), nvl2(date(date_trunc('week', changed.worked_on)), assert_true(date(date_trunc('week', changed.worked_on)) is not null), null))

,
                    cast(8 * 1 as int)
                )
            ) + 
        to_unix_timestamp(

    coalesce(to_timestamp(date_trunc('week', changed.worked_on)), nvl2(to_timestamp(date_trunc('week', changed.worked_on)), assert_true(to_timestamp(date_trunc('week', changed.worked_on)) is not null), null))

)
        - to_unix_timestamp(

    coalesce(date(date_trunc('week', changed.worked_on)), nvl2(date(date_trunc('week', changed.worked_on)), assert_true(date(date_trunc('week', changed.worked_on)) is not null), null))

)
        ) as timestamp)
        ) as is_edited_after_week_closed,
        changed.updated_at,
        changed.staged_at
    from changed
    inner join projects
        on changed.project_id = projects.project_id
    left outer join member_versions
        on
            changed.team_member_id = member_versions.team_member_id
            and changed.worked_on >= member_versions.valid_from_on
            and changed.worked_on < member_versions.valid_to_on
    left outer join fx_rates
        on
            projects.currency = fx_rates.currency
            and cast(date_trunc('month', changed.worked_on) as date)
            = fx_rates.month_start
),

-- The row's quality flags (docs: actuals_quality_flags): what an analyst
-- may want to leave out of a figure, or to weigh it by.
flagged as (
    select
        priced.*,
        (
            priced.revenue_treatment = 'time_and_materials'
            and priced.revenue_usd is null
        ) as is_unpriced,
        priced.cost_usd is null as is_uncosted,
        priced.actual_source = 'allocation_backfill' as is_backfilled,
        time_off_days.team_member_id is not null as is_on_time_off,
        (
            not calendar.is_working_day
            or priced.worked_on < coalesce(members.started_on, '1900-01-01')
            or priced.worked_on > coalesce(members.ended_on, '9999-12-31')
        ) as is_on_day_off
    from priced
    inner join calendar
        on priced.worked_on = calendar.calendar_on
    left outer join members
        on priced.team_member_id = members.team_member_id
    left outer join time_off_days
        on
            priced.team_member_id = time_off_days.team_member_id
            and priced.worked_on = time_off_days.off_on
),

final as (
    select
        *,
        cast(
        cast(flagged.is_unpriced as integer) + cast(flagged.is_uncosted as integer) + cast(flagged.is_backfilled as integer) + cast(flagged.is_edited_after_week_closed as integer) + cast(flagged.is_on_time_off as integer) + cast(flagged.is_on_day_off as integer)
        as smallint
    ) as quality_flag_count,
    cast(
        round(
            1 - (
                cast(flagged.is_unpriced as integer) + cast(flagged.is_uncosted as integer) + cast(flagged.is_backfilled as integer) + cast(flagged.is_edited_after_week_closed as integer) + cast(flagged.is_on_time_off as integer) + cast(flagged.is_on_day_off as integer)
            ) / 6.0,
            2
        ) as numeric(3, 2)
    ) as quality_score
    from flagged
)

select * from final
    ) as model_subq
  