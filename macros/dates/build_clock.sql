{#
    The latest moment an app row can honestly have been written at: now
    (the statement's transaction time, so a view over the app, which a
    plain `dbt snapshot` reads long after the build that made it, judges
    with the clock of its reader), or the end of the as-of day when that is
    later (a simulated app, or a build as of a day still running). A
    created_at or updated_at after it comes from a skewed clock or a typo,
    and is never trusted as a high-water mark (future_updated_at).
#}
{% macro build_clock() -%}
    greatest(
        current_timestamp,
        {{ at_utc(
            'cast(' ~ dbt.dateadd('day', 1, as_of_date()) ~ ' as timestamp)'
        ) }}
    )
{%- endmacro %}
