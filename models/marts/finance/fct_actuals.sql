{#
    The actuals for everyone who reads the marts: int_actuals_priced less
    its money columns. A table of its own, not a view: a view would be
    dropped (cascade) whenever a full refresh swaps the priced table, and
    readers would see it missing or deadlock with the rebuild. Incremental
    like its source, on the same rule: it re-reads the priced rows the
    priced model has just re-read, and drops rows the priced model dropped.
#}
-- depends_on: {{ ref('base_app__actuals') }}
{{ config(**actuals_increment('int_actuals_priced', live_filter='true')) }}

with

priced as (
    select * from {{ ref('int_actuals_priced') }}
),

changed as (
    select priced.*
    from priced
    where
        {{ actuals_changed_since_last_build('priced') }}
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
        {% for flag in actuals_quality_flags() %}
            {{ flag }},
        {% endfor %}
        quality_flag_count,
        quality_score,
        updated_at,
        staged_at
    from changed
)

select * from final
