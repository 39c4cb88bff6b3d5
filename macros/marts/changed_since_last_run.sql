{#
    The where-condition of an incremental model's input: rows staged since
    the model's last build (decision 25: their staged_at is newer than any
    the model holds, whatever the app's clock said), and every row of a
    member or project that changed since the watermark (a new rate version,
    or a fixed parent that makes its rejected children valid again without
    touching them), or any further condition given in `also`. `alias` is
    the input CTE, which has team_member_id, project_id and staged_at. True
    on a full build.
#}
{% macro changed_since_last_run(alias, also=none) -%}
    {#- outside the if, so dbt sees both dependencies when it parses -#}
    {%- set members = ref('stg_app__team_members') -%}
    {%- set projects = ref('stg_app__projects') -%}
    {%- if is_incremental() -%}
        (
            {{ alias }}.staged_at > {{ staged_watermark() }}
            or {{ alias }}.team_member_id in (
                select changed_members.team_member_id
                from {{ members }} as changed_members
                where
                    changed_members.updated_at
                    >= {{ incremental_watermark() }}
            )
            or {{ alias }}.project_id in (
                select changed_projects.project_id
                from {{ projects }} as changed_projects
                where
                    changed_projects.updated_at
                    >= {{ incremental_watermark() }}
            )
            {% if also %}or {{ also }}{% endif %}
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}
