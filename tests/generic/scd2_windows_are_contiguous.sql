{#
    SCD2 integrity: each version of a key starts before it ends, and the
    next version starts exactly where the previous one ended (no gap, no
    overlap). Returns the offending versions.
#}
{% test scd2_windows_are_contiguous(model, unique_key) %}

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
            when versions.next_valid_from != versions.dbt_valid_to
                then 'gap_or_overlap'
        end as problem
    from versions
)

select * from broken
where problem is not null

{% endtest %}
