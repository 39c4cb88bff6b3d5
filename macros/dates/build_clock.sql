{#
    The latest moment an app row can honestly have been written at, for
    this build: when the run started, or the end of the as-of day when that
    is later (a simulated app, or a build as of a day still running). A
    created_at or updated_at after it comes from a skewed clock or a typo,
    and is never trusted as a high-water mark (future_updated_at).
#}
{% macro build_clock() -%}
    greatest(
        cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S") }}+00'
            as timestamp with time zone),
        cast({{ as_of_date() }} + 1 as timestamp) at time zone 'UTC'
    )
{%- endmacro %}
