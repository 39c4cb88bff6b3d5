{#
    The model's own table as the last build left it, when it has stamps to
    keep: on an incremental run, or when a table model is rebuilt (its old
    table stands until the new one is swapped in). None on a first build, a
    full refresh, a table built before stamps existed, or where nothing is
    built incrementally (Spark: every row is stamped by the build).
#}
{% macro held_staged_relation() -%}
    {%- if not execute or not builds_incrementally() -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set rebuilds = config.get('materialized') == 'table' -%}
    {%- if not (is_incremental() or rebuilds) -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set existing = load_relation(this) -%}
    {%- if existing is none or existing.type != 'table' -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set names = adapter.get_columns_in_relation(existing)
        | map(attribute='name') | list -%}
    {{ return(existing if 'staged_at' in names else none) }}
{%- endmacro %}
