{#
    The actuals for everyone who reads the marts: int_actuals_priced less
    its money columns. A table of its own, not a view: a view would be
    dropped (cascade) whenever a full refresh swaps the priced table, and
    readers would see it missing or deadlock with the rebuild. Incremental
    like its source, on the same rule: it re-reads the priced rows the
    priced model has just re-read, and drops rows the priced model dropped.
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
            ref('int_actuals_priced'), ref('int_team_members'),
            ref('int_projects'), ref('base_app__time_off'),
            ref('int_reference_versions'),
        ]) }}",
    ],
    'post_hook': [
        "{{ delete_rows_not_in(
            ref('int_actuals_priced'), 'actual_id',
            ref('int_reference_versions'), live_filter='true',
            base=ref('base_app__actuals'),
        ) }}",
        "{{ record_increment() }}",
        "{{ analyze_relation(this) }}",
    ],
})) }}

with

priced as (
    select * from {{ ref('int_actuals_priced') }}
),

changed as (
    select priced.*
    from priced
    where
        {{ changed_since_last_build(
            'priced', ref('int_reference_versions'), parents=[
                ['team_member_id', ref('int_team_members')],
                ['project_id', ref('int_projects')],
                ['team_member_id', ref('base_app__time_off')],
            ],
        ) }}
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
