{#
    Deletes every row of the model being built whose `key` has no partner
    in `reference` (matched on `reference_key`, among the reference rows
    passing `reference_filter`, written against the alias `live`).

    The comparison reads both tables whole. With only_if_more=true it runs
    only when the model holds more rows than the filtered reference: for a
    model that holds every reference row (its incremental input guarantees
    it, and the reconciliation tests check it), equal counts mean nothing
    is left over, and the scan is skipped.

    The post-hooks of the incremental models use it to drop what a
    watermark cannot see: rows deleted outright upstream, members or
    projects no longer staged.
#}
{% macro delete_unmatched_rows(
    key, reference, reference_key=none, reference_filter='true',
    only_if_more=false
) -%}
    {%- set reference_key = reference_key or key -%}
    delete from {{ this }} as target
    where
        {% if only_if_more -%}
            (select count(*) from {{ this }})
            > (
                select count(*) from {{ reference }} as live
                where {{ reference_filter }}
            )
            and
        {% endif -%}
        not exists (
            select 1
            from {{ reference }} as live
            where
                live.{{ reference_key }} = target.{{ key }}
                and {{ reference_filter }}
        )
{%- endmacro %}
