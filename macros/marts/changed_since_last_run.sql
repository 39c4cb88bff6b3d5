{#
    The where-condition of an incremental model's input: rows whose
    updated_at moved since the watermark, and every row of a member or
    project that changed since then (a new rate version, or a fixed parent
    that makes its rejected children valid again without touching them).
    `alias` is the input CTE; `members` and `projects` the import CTEs of
    the staged members and projects.
#}
{% macro changed_since_last_run(alias, members='members', projects='projects') -%}
    (
        {{ alias }}.updated_at >= {{ incremental_watermark() }}
        or {{ alias }}.team_member_id in (
            select {{ members }}.team_member_id from {{ members }}
            where {{ members }}.updated_at >= {{ incremental_watermark() }}
        )
        or {{ alias }}.project_id in (
            select {{ projects }}.project_id from {{ projects }}
            where {{ projects }}.updated_at >= {{ incremental_watermark() }}
        )
    )
{%- endmacro %}
