{{
    config(**incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'full_refresh': false,
        'on_schema_change': 'fail',
        'indexes': [
            {
                'columns': ['week_start', 'role_name', 'team', 'as_of_on'],
                'unique': true,
            },
            {'columns': ['as_of_on']},
        ],
        'pre_hook': ["{{ forget_versions_of_the_day() }}"],
    }))
}}

-- The history of role supply and demand (issue 32, decision 49), kept as
-- the forecast's is (forecast_versions): each build records, for every
-- role, team and week of fct_role_supply_demand_weekly, the figures it
-- found when they differ from the last ones recorded before its as-of
-- day; a row that disappears from a week still ahead is recorded as
-- withdrawn, at zero. "What did we think we were short of in March" is
-- then the latest row on or before a day in March. Append-only and never
-- rebuilt (full_refresh=false); a second build as of the same day first
-- forgets what the first recorded for that day (idempotent).

{%- set measures = [
    'member_count', 'capacity_hours', 'free_hours', 'unstaffed_hours',
    'unstaffed_tentative_hours', 'gap_hours',
] %}

with

supply_demand as (
    select * from {{ ref('fct_role_supply_demand_weekly') }}
),

{% if is_incremental() %}
    recorded as (
        select
            week_start,
            role_name,
            team,
            is_withdrawn,
            {% for measure in measures %}
                {{ measure }},
            {% endfor %}
            row_number() over (
                partition by week_start, role_name, team
                order by as_of_on desc
            ) as recency
        from {{ this }}
        where as_of_on < {{ as_of_date() }}
    ),
{% else %}
    recorded as (
        select
            cast(null as date) as week_start,
            cast(null as {{ dbt.type_string() }}) as role_name,
            cast(null as {{ dbt.type_string() }}) as team,
            cast(null as boolean) as is_withdrawn,
            {% for measure in measures %}
                cast(null as numeric) as {{ measure }},
            {% endfor %}
            cast(null as bigint) as recency
        where false
    ),
{% endif %}

last_known as (
    select * from recorded
    where recency = 1
),

compared as (
    select
        coalesce(supply_demand.week_start, last_known.week_start)
            as week_start,
        coalesce(supply_demand.role_name, last_known.role_name) as role_name,
        coalesce(supply_demand.team, last_known.team) as team,
        supply_demand.week_start is null as is_withdrawn,
        last_known.week_start is null as is_new,
        last_known.is_withdrawn as was_withdrawn,
        {% for measure in measures %}
            coalesce(supply_demand.{{ measure }}, 0) as {{ measure }},
            last_known.{{ measure }} as known_{{ measure }}
            {%- if not loop.last %},{% endif %}
        {% endfor %}
    from supply_demand
    full outer join last_known
        on
            supply_demand.week_start = last_known.week_start
            and supply_demand.role_name = last_known.role_name
            and supply_demand.team = last_known.team
),

-- new, changed, or withdrawn from a week still ahead (a week before the
-- as-of week left the 26 weeks by itself)
changes as (
    select * from compared
    where
        is_new
        or (
            not is_withdrawn
            and (
                was_withdrawn
                {% for measure in measures %}
                    or {{ measure }} <> known_{{ measure }}
                {% endfor %}
            )
        )
        or (
            is_withdrawn
            and not was_withdrawn
            and week_start
            >= cast({{ dbt.date_trunc('week', as_of_date()) }} as date)
        )
),

final as (
    select
        week_start,
        role_name,
        team,
        {{ as_of_date() }} as as_of_on,
        is_withdrawn,
        cast(member_count as integer) as member_count,
        {% for measure in measures if measure != 'member_count' %}
            cast({{ measure }} as numeric(12, 2)) as {{ measure }},
        {% endfor %}
        current_timestamp as recorded_at
    from changes
)

select * from final
