{#
    fct_member_headroom_ahead holds, for every span of weeks and either way
    of counting tentative work, the same totals as the weekly mart over the
    same weeks: members, capacity, planned, headroom, time-off conflicts,
    stale plans, and member-weeks planned above capacity. The weekly side
    is summed here from fct_member_capacity_weekly's rows, week by week.
    Returns each span, variant and measure that disagree.
#}
{%- set measures = [
    'member_count', 'capacity_hours', 'planned_hours', 'headroom_hours',
    'overbooked_weeks', 'time_off_conflict_hours', 'stale_planned_hours',
] %}

with

weekly as (
    select * from {{ ref('fct_member_capacity_weekly') }}
),

ahead as (
    select * from {{ ref('fct_member_headroom_ahead') }}
),

-- the first week that is a forecast week for every member with a row in it
first_week as (
    select min(week_start) as week_start
    from (
        select week_start
        from weekly
        group by week_start
        having bool_and(is_forecast_week)
    ) as forecast_weeks
),

spans as (
    select
        series.weeks_ahead,
        cast(first_week.week_start + 7 * (series.weeks_ahead - 1) as date)
            as last_week_start
    from (
        select cast(numbers.generated_number as integer) as weeks_ahead
        from (
            {{ dbt.generate_series(var('headroom_weeks_ahead') | int) }}
        ) as numbers
    ) as series
    cross join first_week
),

variants as (
    select true as counts_tentative
    union all
    select false as counts_tentative
),

-- The weekly mart's rows of each span, each week's figures taken with or
-- without tentative work.
weekly_rows as (
    select
        spans.weeks_ahead,
        variants.counts_tentative,
        weekly.team_member_id,
        weekly.capacity_hours,
        case
            when variants.counts_tentative then weekly.planned_hours
            else weekly.planned_hours - weekly.planned_tentative_hours
        end as planned_hours,
        case
            when variants.counts_tentative then weekly.headroom_hours
            else weekly.headroom_without_tentative_hours
        end as headroom_hours,
        weekly.time_off_conflict_hours,
        weekly.stale_planned_hours
    from weekly
    cross join first_week
    inner join spans
        on
            weekly.week_start
            between first_week.week_start and spans.last_week_start
    cross join variants
),

weekly_totals as (
    select
        weeks_ahead,
        counts_tentative,
        count(distinct team_member_id) as member_count,
        sum(capacity_hours) as capacity_hours,
        sum(planned_hours) as planned_hours,
        sum(headroom_hours) as headroom_hours,
        count(*) filter (where headroom_hours < 0) as overbooked_weeks,
        sum(time_off_conflict_hours) as time_off_conflict_hours,
        sum(stale_planned_hours) as stale_planned_hours
    from weekly_rows
    group by weeks_ahead, counts_tentative
),

ahead_totals as (
    select
        weeks_ahead,
        counts_tentative,
        count(*) as member_count,
        sum(capacity_hours) as capacity_hours,
        sum(planned_hours) as planned_hours,
        sum(headroom_hours) as headroom_hours,
        sum(overbooked_weeks) as overbooked_weeks,
        sum(time_off_conflict_hours) as time_off_conflict_hours,
        sum(stale_planned_hours) as stale_planned_hours
    from ahead
    group by weeks_ahead, counts_tentative
),

final as (
    {% for measure in measures %}
        select
            '{{ measure }}' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.{{ measure }} as weekly_total,
            a.{{ measure }} as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.{{ measure }} is distinct from a.{{ measure }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select * from final
