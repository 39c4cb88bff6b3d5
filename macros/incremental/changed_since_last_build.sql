{#
    The where-condition of an incremental model's input `alias` (a CTE with
    staged_at): its rows stamped since the model's last build
    (staged_watermark), and every row of a parent stamped since then:
    `parents` is a list of [column, model] pairs, e.g. ['team_member_id',
    'int_team_members'] re-reads the rows of a member whose rates changed.
    True on a full build. The refs stand outside the if, so the DAG shows
    the parents whatever the build.
#}
{% macro changed_since_last_build(alias, parents=[]) -%}
    {%- set relations = [] -%}
    {#- the reference data is an input too (staged_watermark) -#}
    {%- set reference = ref('int_reference_versions') -%}
    {%- for column, model_name in parents -%}
        {%- do relations.append([column, ref(model_name)]) -%}
    {%- endfor -%}
    {%- if is_incremental() -%}
        (
            {{ alias }}.staged_at > {{ staged_watermark() }}
            {%- for column, relation in relations %}
                or {{ alias }}.{{ column }} in (
                    select parent.{{ column }}
                    from {{ relation }} as parent
                    where parent.staged_at > {{ staged_watermark() }}
                )
            {%- endfor %}
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}
