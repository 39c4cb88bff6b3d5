{#
    The last CTE of a base model of app rows that others read incrementally
    (decision 25): every row of `relation_cte`, with staged_at, the time
    this warehouse first staged the row as it is now. A row the model
    already held with the same `columns` (its content, timestamps and
    verdict) keeps its stamp; a new row, an edited one, and one whose
    verdict changed (a double submit made valid, an orphan of a parent
    deleted outright) take the build's current_timestamp. The stamp is the
    project's own clock: a late row stamped by the app in the past, or a
    verdict that changed without an edit, is still newer than every build
    before it, which the app's updated_at cannot promise.

    `position` lists the columns that place a row in the models downstream
    (member, project, day): when a new version moves the row, replaced_<column>
    keeps where it was, so that those models also rebuild the place it
    left. Null when the row did not move. `probe` looks each row's held
    version up by the key index (few rows against a large held table)
    instead of hashing the held table whole. `changed_only` keeps only the
    rows that take a new stamp (new, edited, or with a new verdict): an
    incremental model re-checks more rows than change, and one it already
    holds as they are need not be written again.
#}
{% macro stamp_staged_versions(
    relation_cte, key, columns, position=[], probe=false, changed_only=false
) -%}
    {%- set held = held_staged_relation() -%}
    {#- a held table built before a position column was added has no
        replaced_ column of it: its rows count as not moved -#}
    {%- set held_columns = [] -%}
    {%- if held is not none -%}
        {%- for column in adapter.get_columns_in_relation(held) -%}
            {%- do held_columns.append(column.name) -%}
        {%- endfor -%}
    {%- endif -%}
    {#- a held table built before a content column was added: every row is
        a new version once (restamped, so every reader takes it in) -#}
    {%- set columns_held = held is none
        or columns | reject('in', held_columns) | list | length == 0 -%}
    {%- set same_version -%}
        {% if not columns_held %}false{% else -%}
        held_row.{{ key }} is not null
        and ({% for column in columns -%}
            held_row.{{ column }}{{ ', ' if not loop.last }}
        {%- endfor %}) is not distinct from ({% for column in columns -%}
            {{ relation_cte }}.{{ column }}{{ ', ' if not loop.last }}
        {%- endfor %})
    {%- endif %}
    {%- endset -%}
    {%- set moved -%}
        ({% for column in position -%}
            held_row.{{ column }}{{ ', ' if not loop.last }}
        {%- endfor %}) is distinct from ({% for column in position -%}
            {{ relation_cte }}.{{ column }}{{ ', ' if not loop.last }}
        {%- endfor %})
    {%- endset -%}
    select
        {{ relation_cte }}.*,
        {% if held is none -%}
            current_timestamp as staged_at
            {%- for column in position %},
                -- null, of the column's type
                case
                    when false then {{ relation_cte }}.{{ column }}
                end as replaced_{{ column }}
            {%- endfor %}
        {%- else -%}
            case
                when {{ same_version }} then held_row.staged_at
                else current_timestamp
            end as staged_at
            {%- for column in position %},
                case
                    when {{ same_version }} then
                        {%- if 'replaced_' ~ column in held_columns %}
                            held_row.replaced_{{ column }}
                        {%- else %} null
                        {%- endif %}
                    when {{ moved }} then held_row.{{ column }}
                end as replaced_{{ column }}
            {%- endfor %}
        {%- endif %}
    from {{ relation_cte }}
    {% if held is not none and probe -%}
        -- a probe of the held table's key index per row (fenced by offset
        -- 0, or PostgreSQL may hash the whole held table instead)
        left outer join lateral (
            select held_version.*
            from {{ held }} as held_version
            where held_version.{{ key }} = {{ relation_cte }}.{{ key }}
            offset 0
        ) as held_row on true
    {%- elif held is not none -%}
        -- a hash join on the key: the held table has no index to probe
        left outer join {{ held }} as held_row
            on held_row.{{ key }} = {{ relation_cte }}.{{ key }}
    {%- endif %}
    {%- if held is not none and changed_only %}
    where not ({{ same_version }})
    {%- endif %}
{%- endmacro %}
