{#
    Post-hook of the incremental models: deletes every row of the target
    whose key is no longer a live, valid row of the given staging model
    (soft-deleted, rejected, orphaned by a hard-deleted parent, or gone).
    An updated_at watermark cannot see those changes on its own, so the
    incremental result would drift from a full refresh without it. A model
    without is_deleted (an upstream mart) passes live_filter='true'.
#}
{% macro delete_rows_not_in(staging_model, key, live_filter='not live.is_deleted') -%}
    delete from {{ this }} as target
    where not exists (
        select 1
        from {{ ref(staging_model) }} as live
        where
            live.{{ key }} = target.{{ key }}
            and {{ live_filter }}
    )
{%- endmacro %}
