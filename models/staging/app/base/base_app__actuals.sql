-- One row per app actuals row, valid or not; the unique index on its key
-- stands for a uniqueness test on stg_app__actuals, which it makes moot.
-- Incremental (decision 22): a run re-checks the rows whose answer could
-- have changed, with every row they are compared with (their double-submit
-- partition), and writes those whose content or verdict did change. What
-- changed comes from the replica's feed (decision 39): the versions
-- stamped since the last build and the deletes it logged; when the feed
-- cannot be trusted (a rebuilt replica, a purged log), every row is
-- compared once. A row deleted outright stays as a tombstone
-- (rejection_reason deleted_outright, a new stamp), so the change sets
-- rebuild the months it was counted in.
-- staged_at (decision 25) tells the models downstream which rows changed.
{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': 'actual_id',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['actual_id'], 'unique': true},
            {'columns': ['updated_at']},
            {'columns': ['staged_at']},
            {'columns': ['team_member_id', 'worked_on']},
            {'columns': ['project_id', 'worked_on']},
        ],
        'post_hook': [
            "{{ create_missing_indexes() }}",
        ],
    }))
}}

{#- the columns of a row as staged, before its verdict: the rows checked
    now and the tombstones of rows deleted outright carry the same -#}
{%- set row_columns = [
    'actual_id', 'team_member_id', 'project_id', 'worked_on', 'hours',
    'actual_source', 'created_at', 'updated_at', 'deleted_at', 'is_deleted',
] %}

with

source as (
    select * from {{ source('app', 'actuals') }}
),

members as (
    select * from {{ ref('base_app__team_members') }}
),

projects as (
    select * from {{ ref('base_app__projects') }}
),

{#- what the replica's feed can be trusted for since the last build, and
    the epoch this build reads under, recorded in the run history (a full
    build records it too): decision 39 -#}
{%- if builds_incrementally() %}
    {%- set feed = replica_feed(
        this if is_incremental() else none, 'actuals',
        source('app', '_replica_state'), source('app', '_deleted_rows'),
        api.Relation.create(
            database=target.database, schema=monitoring_schema(),
            identifier='replica_reads',
        ),
    ) %}
{%- endif %}
{% if is_incremental() %}
    delete_log as (
        select * from {{ source('app', '_deleted_rows') }}
    ),
{% endif %}

-- Not materialized: an incremental run reads it twice, each time for a
-- few rows (a materialized copy of the whole table cost more than both).
renamed as {{ cte_not_materialized() }} (
    select
        id as actual_id,
        team_member_id,
        project_id,
        worked_on,
        hours,
        {{ known_value(
            'source', ['timesheet', 'allocation_backfill', 'import']
        ) }} as actual_source,
        {{ at_utc('created_at') }} as created_at,
        {{ at_utc('updated_at') }} as updated_at,
        {{ at_utc('deleted_at') }} as deleted_at,
        deleted_at is not null as is_deleted
    from source
),

{% if is_incremental() %}
    -- Parents whose rows must be checked again: a rejected parent (its
    -- rows are parent_rejected, or become so), a placeholder (its rows
    -- are on_placeholder, or become so). A parent fixed or gone is
    -- caught below, by the rows rejected last time for a reason outside
    -- the row and by the orphan checks; an edit of a valid parent changes
    -- no row's verdict.
    members_to_recheck as (
        select members.team_member_id
        from members
        where members.rejection_reason is not null or members.is_placeholder
    ),

    projects_to_recheck as (
        select projects.project_id
        from projects
        where projects.rejection_reason is not null
    ),

    -- Rows whose check could answer otherwise than last time: new or
    -- edited, whatever their stamp (or without trustworthy timestamps),
    -- dated after the as-of day, of a member or project that is rejected
    -- or gone, or rejected last time for a reason that lies outside the
    -- row.
    {% if feed.compares_everything %}
        -- Versions not held, compared by key, not by any clock (a late row
        -- stamped in the past is still found): one anti-join over the
        -- whole table, in key order on both sides. Only when the feed
        -- cannot be trusted (replica_feed says why).
        versions_not_held as (
            select app_actuals.id as actual_id
            from {{ source('app', 'actuals') }} as app_actuals
            where not exists (
                select 1
                from {{ this }} as held
                where
                    held.actual_id = app_actuals.id
                    and held.rejection_reason
                    is distinct from 'deleted_outright'
                    and held.updated_at = {{ at_utc('app_actuals.updated_at') }}
                    and held.deleted_at
                    is not distinct from {{ at_utc('app_actuals.deleted_at') }}
            )
        ),

        -- rows held and gone from the app, by comparing every key
        deleted_ids as (
            select held.actual_id
            from {{ this }} as held
            where
                held.rejection_reason is distinct from 'deleted_outright'
                and not exists (
                    select 1 from {{ source('app', 'actuals') }} as app_actuals
                    where app_actuals.id = held.actual_id
                )
        ),
    {% else %}
        -- Versions the replica stamped since the last build, less its
        -- settle window, on its _replicated_at index (decision 39).
        versions_not_held as (
            select app_actuals.id as actual_id
            from {{ source('app', 'actuals') }} as app_actuals
            where app_actuals._replicated_at >= {{ feed.read_from }}
        ),

        -- rows the replica logged as deleted outright since then, that the
        -- model holds alive and the app has not inserted again
        deleted_ids as (
            select distinct held.actual_id
            from delete_log
            inner join {{ this }} as held
                on delete_log.id = held.actual_id
            where
                delete_log.table_name = 'actuals'
                and delete_log.deleted_at >= {{ feed.read_from }}
                and held.rejection_reason is distinct from 'deleted_outright'
                and not exists (
                    select 1 from {{ source('app', 'actuals') }} as app_actuals
                    where app_actuals.id = held.actual_id
                )
        ),
    {% endif %}

    -- a row deleted outright becomes a tombstone: as held, with its own
    -- reason, so its new stamp tells the change sets where it was counted
    tombstones as (
        select
            {% for column in row_columns -%}
                held.{{ column }},
            {% endfor -%}
            'deleted_outright' as rejection_reason
        from deleted_ids
        inner join {{ this }} as held
            on deleted_ids.actual_id = held.actual_id
    ),

    -- The rows to check again, by key, each reason a branch of its own:
    -- inside one OR, a set too large for memory (the versions not held,
    -- at scale 100) is re-scanned for every row of the table, and a day's
    -- build ran for hours.
    touched_ids as (
        select versions_not_held.actual_id from versions_not_held
        union
        select deleted_ids.actual_id from deleted_ids
        union
        select held.actual_id
        from {{ this }} as held
        where held.rejection_reason in (
            'orphan_team_member', 'orphan_project',
            'future_worked_on', 'parent_rejected',
            'future_updated_at', 'on_placeholder'
        )
        union
        select renamed.actual_id
        from renamed
        where
            renamed.updated_at is null
            or renamed.created_at is null
            or renamed.worked_on > {{ as_of_date() }}
            or renamed.team_member_id in (
                select members_to_recheck.team_member_id
                from members_to_recheck
            )
            or renamed.project_id in (
                select projects_to_recheck.project_id
                from projects_to_recheck
            )
            or renamed.team_member_id not in (
                select members.team_member_id from members
            )
            or renamed.project_id not in (
                select projects.project_id from projects
            )
    ),

    -- their rows as the app has them now, by the app's key (fenced: see
    -- the partitions below)
    touched as (
        select touched_rows.*
        from touched_ids
        cross join lateral (
            select renamed.*
            from renamed
            where renamed.actual_id = touched_ids.actual_id
            offset 0  -- noqa: AM09
        ) as touched_rows
    ),

    -- The member-days of those rows, as they are now and as they were (an
    -- edit can move a row to another day): a row is compared with the
    -- rows of its member-day (the day's total) and of its double-submit
    -- partition, which lies inside it. The two
    -- lookups below are lateral and fenced (offset 0) so that PostgreSQL
    -- probes the key indexes once per touched row: it otherwise expects
    -- far more touched rows and hashes both tables whole.
    partitions as (
        select
            touched.team_member_id,
            touched.worked_on
        from touched
        union
        select
            held.team_member_id,
            held.worked_on
        from touched
        cross join lateral (
            select
                held_row.team_member_id,
                held_row.worked_on
            from {{ this }} as held_row
            where held_row.actual_id = touched.actual_id
            offset 0  -- noqa: AM09
        ) as held
        union
        select
            tombstones.team_member_id,
            tombstones.worked_on
        from tombstones
    ),

    in_scope as (
        select partition_rows.*
        from partitions
        cross join lateral (
            select renamed.*
            from renamed
            where
                renamed.team_member_id = partitions.team_member_id
                and renamed.worked_on = partitions.worked_on
            offset 0  -- noqa: AM09
        ) as partition_rows
    ),
{% else %}
    in_scope as (
        select * from renamed
    ),
{% endif %}

-- A double submit is a second live row with the same member, project, day
-- and hours created within a minute of the previous one: the first stays.
submits as (
    select
        renamed.*,
        renamed.created_at - lag(renamed.created_at) over (
            partition by
                renamed.team_member_id,
                renamed.project_id,
                renamed.worked_on,
                renamed.hours,
                renamed.is_deleted
            order by renamed.created_at, renamed.actual_id
        ) as since_previous_submit
    from in_scope as renamed
),

-- the member and project of each row, when the app has them (a base
-- model holds one row per app key)
checked as (
    select
        submits.actual_id,
        submits.team_member_id,
        submits.project_id,
        submits.worked_on,
        submits.hours,
        submits.actual_source,
        submits.created_at,
        submits.updated_at,
        submits.deleted_at,
        submits.is_deleted,
        case
            when {{ invalid_timestamps(
                'submits.created_at', 'submits.updated_at'
            ) }} then 'invalid_updated_at'
            when {{ timestamps_in_future(
                'submits.created_at', 'submits.updated_at'
            ) }} then 'future_updated_at'
            when members.team_member_id is null then 'orphan_team_member'
            when projects.project_id is null then 'orphan_project'
            when
                submits.hours <= 0 or submits.hours > 24
                then 'hours_out_of_range'
            when {{ outside_calendar(['submits.worked_on']) }}
                then 'date_out_of_range'
            when submits.worked_on > {{ as_of_date() }} then 'future_worked_on'
            when
                not submits.is_deleted
                and submits.since_previous_submit <= interval '1 minute'
                then 'double_submit'
            when
                members.rejection_reason is not null
                or projects.rejection_reason is not null
                then 'parent_rejected'
            when members.is_placeholder then 'on_placeholder'
        end as rejection_reason
    from submits
    left outer join members
        on submits.team_member_id = members.team_member_id
    left outer join projects
        on submits.project_id = projects.project_id
),

-- A member's day of more than 24 hours made of rows each within range
-- (two 13-hour rows): every row that would count that day is held back,
-- since none of them can be told to be the wrong one.
day_totals as (
    select
        checked.*,
        sum(
            case
                when checked.rejection_reason is null and not checked.is_deleted
                    then checked.hours
            end
        ) over (
            partition by checked.team_member_id, checked.worked_on
        ) as day_hours
    from checked
),

day_checked as (
    select
        {% for column in row_columns -%}
            {{ column }},
        {% endfor -%}
        case
            when rejection_reason is not null then rejection_reason
            when not is_deleted and day_hours > 24 then 'member_day_over_24h'
        end as rejection_reason
    from day_totals
),

{% if is_incremental() %}
    with_tombstones as (
        select * from day_checked
        union all
        select * from tombstones
    ),
{% else %}
    with_tombstones as (
        select * from day_checked
    ),
{% endif %}

final as (
    {{ stamp_staged_versions('with_tombstones', 'actual_id', [
        'team_member_id', 'project_id', 'worked_on', 'hours', 'actual_source',
        'created_at', 'updated_at', 'deleted_at', 'rejection_reason',
    ], position=['team_member_id', 'project_id', 'worked_on'], probe=true,
    changed_only=is_incremental()) }}
)

select * from final
