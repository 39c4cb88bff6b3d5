{#
    The point an incremental model re-reads its input from: the newest
    updated_at it already holds, less the incremental_lookback var. An empty
    target reads everything. Only call it inside is_incremental().
#}
{% macro incremental_watermark(column='updated_at') -%}
    (
        select
            coalesce(
                max({{ column }}),
                cast('1900-01-01' as timestamp with time zone)
            ) - interval '{{ var("incremental_lookback") }}'
        from {{ this }}
    )
{%- endmacro %}

{#
    The newest staged_at an incremental model holds (decision 25): its
    input rows stamped after it are the ones it has not seen. The stamp is
    the warehouse's own clock, so no lookback is needed. An empty target
    reads everything. Only call it inside is_incremental().
#}
{% macro staged_watermark() -%}
    (
        select coalesce(max(held.staged_at), '-infinity')
        from {{ this }} as held
    )
{%- endmacro %}
