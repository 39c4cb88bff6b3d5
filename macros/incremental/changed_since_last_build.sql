{#
    The where-condition of an incremental model's input `alias` (a CTE with
    staged_at): its rows stamped since the model's last build
    (staged_watermark, which needs `reference`, the int_reference_versions
    relation), and every row of a parent stamped since then: `parents` is
    a list of [column, relation] pairs, e.g. ['team_member_id',
    ref('int_team_members')] re-reads the rows of a member whose rates
    changed. True on a full build. The model passes every relation, so its
    file names all it reads.
#}
{% macro changed_since_last_build(alias, reference, parents=[]) -%}
    {%- if is_incremental() -%}
        (
            {{ alias }}.staged_at > {{ staged_watermark(reference) }}
            {%- for column, relation in parents %}
                or {{ alias }}.{{ column }} in (
                    select parent.{{ column }}
                    from {{ relation }} as parent
                    where parent.staged_at > {{ staged_watermark(reference) }}
                )
            {%- endfor %}
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}
