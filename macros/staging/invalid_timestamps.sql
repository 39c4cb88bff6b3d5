{#
    True when a row's Laravel timestamps cannot be trusted: updated_at
    missing, created_at missing, or the edit before the creation.
#}
{% macro invalid_timestamps(created_at, updated_at) -%}
    ({{ created_at }} is null
    or {{ updated_at }} is null
    or {{ updated_at }} < {{ created_at }})
{%- endmacro %}
