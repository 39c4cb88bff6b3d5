{#
    Post-hook of a period model: deletes the rows whose `key` (the model's
    key column, team_member_id or project_id) is no longer in `live` (the
    relation of the live members or projects: a member or project deleted
    outright or now rejected, which no change set can list since it is
    gone), then records where the build left off.
#}
{% macro record_period_increment(live, key) -%}
    {{ delete_unmatched_rows(key, live) }};
    {{ record_increment() }}
{%- endmacro %}
