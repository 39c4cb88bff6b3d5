{#
    The whole configuration of a model incremental by period, in one call:
    {{ config(**period_increment('int_changed_member_months', 'month',
    'calendar_on', indexes=[...])) }}. `changes` is the change set it is
    rebuilt from, `grain` 'month', 'week' (a week overlapping a changed day
    is rebuilt whole) or 'day', `date_column` the model's column its periods
    are deleted by. The model's SQL reads its inputs through
    in_changed_periods with the same change set and grain.
#}
{% macro period_increment(changes, grain, date_column, indexes=[]) -%}
    {%- set hook_args = "'" ~ changes ~ "', '" ~ grain ~ "', '" ~ date_column ~ "'" -%}
    {{ return(incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'fail',
        'indexes': indexes,
        'pre_hook': ['{{ begin_period_increment(' ~ hook_args ~ ') }}'],
        'post_hook': [
            "{{ record_period_increment('" ~ changes ~ "') }}",
            '{{ analyze_relation(this) }}',
        ],
    })) }}
{%- endmacro %}
