{#
    Post-hook of the incremental models: deletes every row of the target
    whose key is no longer a live, valid row of `live` (the relation of the
    staging model or priced table it reads: soft-deleted, rejected,
    orphaned by a hard-deleted parent, or gone).
    An updated_at watermark cannot see those changes on its own, so the
    incremental result would drift from a full refresh without it. A model
    without is_deleted (an upstream mart) passes live_filter='true'.

    With `base` (the relation of the base table holding every app row, valid or not,
    with is_deleted, rejection_reason and staged_at), the rows the app
    soft-deleted or the checks now reject are found there, by key, among
    the base rows stamped since the model's watermark: a row that became
    deleted or rejected earlier was stamped by then, seen by the build
    that recorded the watermark and deleted by its post-hook (or, on a
    full build, never inserted). `reference` is the int_reference_versions
    relation (staged_watermark). The full comparison with
    the live rows, which reads both tables whole, then runs only when the
    target still holds more rows than there are live ones (an app row
    deleted outright). Every live row is in the target (the incremental
    input guarantees it, and the reconciliation tests check it), so equal
    counts mean nothing else is left to delete.
#}
{% macro delete_rows_not_in(
    live, key, reference, live_filter='not live.is_deleted', base=none
) -%}
    {%- if base is not none -%}
        delete from {{ this }} as target
        using {{ base }} as gone
        where
            gone.{{ key }} = target.{{ key }}
            and gone.staged_at > {{ staged_watermark(reference) }}
            and (gone.is_deleted or gone.rejection_reason is not null);
    {% endif -%}
    {{ delete_unmatched_rows(
        key, live, reference_filter=live_filter,
        only_if_more=base is not none,
    ) }}
{%- endmacro %}
