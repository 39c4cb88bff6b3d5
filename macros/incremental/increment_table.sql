{#
    The temporary table a build's pre-hook writes its clock, as-of day and
    window to, for record_increment to store in the same transaction.
#}
{% macro increment_table() -%}{{ this.name }}__increment{%- endmacro %}
