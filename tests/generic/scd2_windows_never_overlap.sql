{#
    SCD2 integrity: each version of a key starts before it ends, only the
    last may be open, and the next version never starts before the previous
    one ended. A gap is allowed: the key was absent from staging for a while
    (deleted outright, or quarantined, then back), and the snapshot closed
    its version (hard_deletes: invalidate). Returns the offending versions.
#}
{% test scd2_windows_never_overlap(model, unique_key) %}

with

versions as (
    select
        {{ unique_key }} as snapshot_key,
        dbt_valid_from,
        dbt_valid_to,
        lead(dbt_valid_from) over (
            partition by {{ unique_key }} order by dbt_valid_from
        ) as next_valid_from
    from {{ model }}
),

broken as (
    select
        versions.*,
        case
            when versions.dbt_valid_to <= versions.dbt_valid_from
                then 'ends_before_it_starts'
            when versions.next_valid_from is not null
                and versions.dbt_valid_to is null
                then 'open_version_followed_by_another'
            when versions.next_valid_from < versions.dbt_valid_to
                then 'overlap'
        end as problem
    from versions
)

select * from broken
where problem is not null

{% endtest %}
