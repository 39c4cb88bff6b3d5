with

source as (
    select * from {{ source('app', 'time_off') }}
),

members as (
    select * from {{ ref('base_app__team_members') }}
),

renamed as (
    select
        id as time_off_id,
        team_member_id,
        starts_on,
        ends_on,
        hours_per_day,
        {{ known_value('kind', ['vacation', 'sick', 'parental', 'other']) }}
            as time_off_kind,
        {{ at_utc('created_at') }} as created_at,
        {{ at_utc('updated_at') }} as updated_at,
        {{ at_utc('deleted_at') }} as deleted_at,
        deleted_at is not null as is_deleted
    from source
),

checked as (
    select
        renamed.*,
        case
            when {{ invalid_timestamps('created_at', 'updated_at') }}
                then 'invalid_updated_at'
            when {{ timestamps_in_future('created_at', 'updated_at') }}
                then 'future_updated_at'
            when not exists (
                select 1 from members
                where members.team_member_id = renamed.team_member_id
            ) then 'orphan_team_member'
            when renamed.ends_on < renamed.starts_on then 'inverted_date_range'
            when
                {{ outside_calendar(['renamed.starts_on', 'renamed.ends_on']) }}
                then 'date_out_of_range'
            when renamed.hours_per_day <= 0 or renamed.hours_per_day > 24
                then 'hours_out_of_range'
            when exists (
                select 1 from members
                where
                    members.team_member_id = renamed.team_member_id
                    and members.rejection_reason is not null
            ) then 'parent_rejected'
            when exists (
                select 1 from members
                where
                    members.team_member_id = renamed.team_member_id
                    and members.is_placeholder
            ) then 'on_placeholder'
        end as rejection_reason
    from renamed
),

-- Rows the last build held that the app deleted outright (contract v3)
-- stay as tombstones, so the change sets rebuild the days they were
-- planned on (decision 39).
with_tombstones as (
    {{ with_rows_deleted_outright(
        'checked', source('app', 'time_off'), 'time_off_id', [
            'time_off_id', 'team_member_id', 'starts_on', 'ends_on',
            'hours_per_day', 'time_off_kind', 'created_at', 'updated_at',
            'deleted_at', 'is_deleted',
        ],
    ) }}
),

-- staged_at (decision 25): the rows that changed since the last build;
-- replaced_*: where a moved row was, for the change sets (decision 37)
final as (
    {{ stamp_staged_versions('with_tombstones', 'time_off_id', [
        'team_member_id', 'starts_on', 'ends_on', 'hours_per_day',
        'time_off_kind', 'created_at', 'updated_at', 'deleted_at',
        'rejection_reason',
    ], position=['team_member_id', 'starts_on', 'ends_on']) }}
)

select * from final
