{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='actual_id',
        on_schema_change='fail',
        indexes=[
            {'columns': ['team_member_id', 'worked_on']},
            {'columns': ['project_id', 'worked_on']},
            {'columns': ['updated_at']},
            {'columns': ['worked_on']},
        ],
        post_hook=[
            "{{ delete_rows_not_in(
                'stg_app__actuals', 'actual_id',
                base_model='base_app__actuals',
            ) }}",
            "analyze {{ this }}",
        ],
    )
}}

with

actuals as (
    select * from {{ ref('stg_app__actuals') }}
),

member_versions as (
    select * from {{ ref('int_team_member_versions') }}
),

projects as (
    select * from {{ ref('dim_projects') }}
),

fx_rates as (
    select * from {{ ref('int_fx_rates_monthly') }}
),

-- Incremental runs re-read the actuals changed since the watermark, those
-- after the newest day already held (rows the as-of day has just let in),
-- and all actuals of a member or project changed since then (a new rate
-- version or a fixed parent). The post-hook removes rows that are no longer
-- live and valid.
changed as (
    select actuals.*
    from actuals
    where
        not actuals.is_deleted
        and {{ actuals_changed_since_last_run('actuals') }}
),

-- Rates as they were on the day: the member's version in force on
-- worked_on, and the project's rate converted at the month's FX rate.
final as (
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
            {{ revenue_at_rates_of_day('changed.hours', 'projects') }}
            as numeric(14, 2)
        ) as revenue_usd,
        cast(
            changed.hours * member_versions.cost_rate_usd as numeric(14, 2)
        ) as cost_usd,
        changed.updated_at
    from changed
    inner join projects
        on changed.project_id = projects.project_id
    {{ join_rates_on_day(
        'changed.team_member_id', 'projects.currency', 'changed.worked_on'
    ) }}
)

select * from final
