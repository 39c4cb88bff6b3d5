{#
    An app timestamp (timestamp without time zone, written in UTC) as an
    instant: `at time zone 'UTC'` makes it a timestamptz on PostgreSQL. On
    Spark the app's timestamps are loaded as instants already (TIMESTAMP,
    session time zone UTC), so the expression is the instant itself.
#}
{% macro utc_timestamp(expression) -%}
    {{ return(adapter.dispatch('utc_timestamp')(expression)) }}
{%- endmacro %}

{% macro postgres__utc_timestamp(expression) -%}
    ({{ expression }} at time zone 'UTC')
{%- endmacro %}

{% macro spark__utc_timestamp(expression) -%}
    {{ expression }}
{%- endmacro %}

{# The type of an instant: timestamptz on PostgreSQL, TIMESTAMP on Spark. #}
{% macro type_instant() -%}
    {{ return(adapter.dispatch('type_instant')()) }}
{%- endmacro %}

{% macro postgres__type_instant() -%}
    timestamp with time zone
{%- endmacro %}

{% macro spark__type_instant() -%}
    timestamp
{%- endmacro %}
