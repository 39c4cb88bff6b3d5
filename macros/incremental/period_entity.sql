{#
    What a change set lists (decision 33): the key column of its rows, the
    model its live keys come from, and the window of the models it feeds.
    int_changed_member_months feeds the member grain and the people marts,
    int_changed_project_months the revenue forecast.
#}
{% macro period_entity(changes) -%}
    {%- if changes == 'int_changed_member_months' -%}
        {{ return({
            'key': 'team_member_id', 'live': 'stg_app__team_members',
            'window': 'member',
        }) }}
    {%- elif changes == 'int_changed_project_months' -%}
        {{ return({
            'key': 'project_id', 'live': 'int_projects', 'window': 'forecast',
        }) }}
    {%- else -%}
        {{ exceptions.raise_compiler_error(
            'period increments know the change sets int_changed_member_months'
            ~ ' and int_changed_project_months, not ' ~ changes
        ) }}
    {%- endif -%}
{%- endmacro %}
