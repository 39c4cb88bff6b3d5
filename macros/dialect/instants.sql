{#
    A timestamp read in UTC, either way: on PostgreSQL `at time zone 'UTC'`
    makes an app timestamp (without time zone, written in UTC) an instant
    (timestamptz), and an instant the UTC wall-clock time (to cast to the
    UTC day). On Spark every timestamp is an instant shown in the session's
    time zone, UTC (the app's are loaded so), and the expression is already
    both.
#}
{% macro at_utc(expression) -%}
    {{ return(adapter.dispatch('at_utc')(expression)) }}
{%- endmacro %}

{% macro postgres__at_utc(expression) -%}
    ({{ expression }} at time zone 'UTC')
{%- endmacro %}

{% macro spark__at_utc(expression) -%}
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

{#
    An instant before every other (where a window is open to the past):
    -infinity on PostgreSQL, the first instant of year 1 on Spark, which
    has no infinite timestamps.
#}
{% macro instant_minus_infinity() -%}
    {{ return(adapter.dispatch('instant_minus_infinity')()) }}
{%- endmacro %}

{% macro postgres__instant_minus_infinity() -%}
    cast('-infinity' as timestamp with time zone)
{%- endmacro %}

{% macro spark__instant_minus_infinity() -%}
    cast('0001-01-01 00:00:00' as timestamp)
{%- endmacro %}
