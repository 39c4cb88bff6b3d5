{#
    The app tables with their key column, in one place: the quarantine and
    the reconciliation test walk the same list.
#}
{% macro app_tables() -%}
    {{ return([
        {'table': 'users', 'key': 'user_id'},
        {'table': 'team_members', 'key': 'team_member_id'},
        {'table': 'projects', 'key': 'project_id'},
        {'table': 'allocations', 'key': 'allocation_id'},
        {'table': 'time_off', 'key': 'time_off_id'},
        {'table': 'actuals', 'key': 'actual_id'},
    ]) }}
{%- endmacro %}
