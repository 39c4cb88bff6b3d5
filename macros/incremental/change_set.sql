{#
    The whole configuration of a change set (decision 33), in one call:
    {{ config(**change_set('member')) }}. A table rebuilt every run, whose
    pre-hook takes the staged clock over every stamped app relation and the
    `window` ('member' or 'forecast') of the models it feeds, and whose
    post-hook records them for those models to copy.
#}
{% macro change_set(window) -%}
    {%- set stamped = [
        'base_app__actuals', 'base_app__allocations', 'base_app__time_off',
        'int_team_members', 'int_projects',
    ] -%}
    {{ return(incremental_config({
        'materialized': 'table',
        'pre_hook': [
            '{{ begin_increment(' ~ stamped ~ ", window='" ~ window ~ "') }}",
        ],
        'post_hook': ['{{ record_increment() }}'],
    })) }}
{%- endmacro %}
