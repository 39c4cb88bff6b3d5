{#
    Free text typed in the app as a matching key: trimmed, inner runs of
    white space folded to one space, lower case. " Senior  engineer" and
    "SENIOR ENGINEER" give the same key as "Senior Engineer".
#}
{% macro conform_text_key(column) -%}
    {{ return(adapter.dispatch('conform_text_key')(column)) }}
{%- endmacro %}

{% macro postgres__conform_text_key(column) -%}
    lower(regexp_replace(trim({{ column }}), '\s+', ' ', 'g'))
{%- endmacro %}

{# Spark: regexp_replace replaces every match; '\\s' reaches Java's regex as \s. #}
{% macro spark__conform_text_key(column) -%}
    lower(regexp_replace(trim({{ column }}), '\\s+', ' '))
{%- endmacro %}
