{{ config(indexes=[{'columns': ['team_member_id', 'valid_from_on']}]) }}

{%- set version_columns = [
    'role_key', 'team', 'weekly_capacity_hours', 'cost_rate_usd',
    'bill_rate_usd',
] %}

with

snapshots as (
    select * from {{ ref('snp_app__team_members') }}
),

members as (
    select * from {{ ref('stg_app__team_members') }}
),

-- Every version seen, with when it was recorded. A member staged but not
-- yet snapshotted (a model run without the snapshot) gets its current row
-- as its only version, so no member's hours lose their rates.
recorded as (
    select
        team_member_id,
        {% for column in version_columns %}
            {{ column }},
        {% endfor %}
        dbt_valid_from as recorded_at
    from snapshots
    union all
    select
        team_member_id,
        {% for column in version_columns %}
            {{ column }},
        {% endfor %}
        updated_at as recorded_at
    from members
    where not exists (
        select 1 from snapshots
        where snapshots.team_member_id = members.team_member_id
    )
),

-- Each version applies from the day it was recorded (in UTC); of several
-- versions recorded on one day, the last one wins.
by_day as (
    select
        *,
        cast({{ at_utc('recorded_at') }} as date) as recorded_on,
        row_number() over (
            partition by
                team_member_id,
                cast({{ at_utc('recorded_at') }} as date)
            order by recorded_at desc
        ) as version_in_day
    from recorded
),

-- The first version also covers every day before it was recorded (the app
-- keeps no history, so that is the best knowledge there is).
windows as (
    select
        team_member_id,
        {% for column in version_columns %}
            {{ column }},
        {% endfor %}
        case
            when
                row_number() over (
                    partition by team_member_id order by recorded_on
                ) = 1
                then cast('1900-01-01' as date)
            else recorded_on
        end as valid_from_on,
        coalesce(
            lead(recorded_on) over (
                partition by team_member_id order by recorded_on
            ),
            cast('9999-12-31' as date)
        ) as valid_to_on
    from by_day
    where version_in_day = 1
),

final as (
    select
        team_member_id,
        {% for column in version_columns %}
            {{ column }},
        {% endfor %}
        valid_from_on,
        valid_to_on,
        valid_to_on = cast('9999-12-31' as date) as is_current_version
    from windows
)

select * from final
