{#
    Incremental (decision 33): delete+insert on actual_id. The pre-hook
    takes the staged clock over the stamped inputs: base_app__actuals, the
    table stg_app__actuals is a view on (its newest stamp is found through
    its index; every valid row stamped up to it has been read), the
    parents an actuals row is re-read by (below) and the reference data.
    The post-hooks drop the rows no longer live and valid, record the
    build and analyze. fct_actuals carries the same rules.
#}
{{ config(**incremental_config({
    'materialized': 'incremental',
    'incremental_strategy': 'delete+insert',
    'unique_key': 'actual_id',
    'on_schema_change': 'fail',
    'indexes': [
        {'columns': ['team_member_id', 'worked_on']},
        {'columns': ['project_id', 'worked_on']},
        {'columns': ['updated_at']},
        {'columns': ['staged_at']},
        {'columns': ['worked_on']},
    ],
    'pre_hook': [
        "{{ begin_increment([
            ref('base_app__actuals'), ref('int_team_members'),
            ref('int_projects'), ref('base_app__time_off'),
            ref('int_reference_versions'),
        ]) }}",
    ],
    'post_hook': [
        "{{ delete_rows_not_in(
            ref('stg_app__actuals'), 'actual_id',
            ref('int_reference_versions'), base=ref('base_app__actuals'),
        ) }}",
        "{{ record_increment() }}",
        "{{ analyze_relation(this) }}",
    ],
})) }}

with

actuals as (
    select * from {{ ref('stg_app__actuals') }}
),

member_versions as (
    select * from {{ ref('int_team_member_versions') }}
),

projects as (
    select * from {{ ref('int_projects') }}
),

fx_rates as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

time_off_days as (
    select * from {{ ref('int_time_off_days') }}
),

calendar as (
    select * from {{ ref('int_calendar_days') }}
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
        and {{ changed_since_last_build(
            'actuals', ref('int_reference_versions'), parents=[
                ['team_member_id', ref('int_team_members')],
                ['project_id', ref('int_projects')],
                ['team_member_id', ref('base_app__time_off')],
            ],
        ) }}
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
        projects.is_chargeable,
        cast(
            {{ revenue_at_rates_of_day('changed.hours', 'projects') }}
            as numeric(14, 2)
        ) as revenue_usd,
        cast(
            changed.hours * member_versions.cost_rate_usd as numeric(14, 2)
        ) as cost_usd,
        -- edited (not only entered) at or after the close of its week
        (
            changed.updated_at > changed.created_at
            and changed.updated_at >= {{ week_closed_at('changed.worked_on') }}
        ) as is_edited_after_week_closed,
        changed.updated_at,
        changed.staged_at
    from changed
    inner join projects
        on changed.project_id = projects.project_id
    {{ join_rates_on_day(
        'changed.team_member_id', 'projects.currency', 'changed.worked_on'
    ) }}
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
        {{ actuals_quality_score('flagged') }}
    from flagged
)

select * from final
