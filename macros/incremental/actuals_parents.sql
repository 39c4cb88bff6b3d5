{#
    The parents an actuals row is re-read by, as [column, model] pairs: a
    member stamped since the last build (new rates), a project (new terms
    or fate), and any time off of the member staged since then, valid or
    not (the flag is_on_time_off; a time off deleted or now rejected is
    only in the base model). The clock of the actuals models runs over
    these models and their input.
#}
{% macro actuals_parents() -%}
    {{ return([
        ['team_member_id', 'int_team_members'],
        ['project_id', 'int_projects'],
        ['team_member_id', 'base_app__time_off'],
    ]) }}
{%- endmacro %}
