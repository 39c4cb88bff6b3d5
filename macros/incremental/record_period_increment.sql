{#
    Post-hook of a period model: deletes the rows of keys no longer live
    (a member or project deleted outright or now rejected: no change set
    can list what is gone), then records where the build left off.
#}
{% macro record_period_increment(changes) -%}
    {%- set entity = period_entity(changes) -%}
    {{ delete_unmatched_rows(entity['key'], ref(entity['live'])) }};
    {{ record_increment() }}
{%- endmacro %}
