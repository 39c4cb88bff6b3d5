{#
    The team and role a rollup groups members by, from dim_team_members
    (imported as `members`): a member with no team or an unmapped role is
    grouped under a label, so the rollup's key is never null.
#}
{% macro team_and_role(members) -%}
    coalesce({{ members }}.team, '(no team)') as team,
    coalesce({{ members }}.role_name, '(unmapped role)') as role_name
{%- endmacro %}
