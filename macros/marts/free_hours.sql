{#
    Free capacity of a group of members: the sum of each member's positive
    headroom. One member's overbooking does not free another's hours, so
    the headroom is never netted across members (contract v3).
#}
{% macro free_hours(headroom) -%}
    sum(greatest({{ headroom }}, 0))
{%- endmacro %}
