{#
    The headroom page's members, summed ahead of time: for every member and
    every span of the first 1 to `headroom_weeks_ahead` forecast weeks, with
    and without tentative work, the sums the page lists members by. The page
    then reads one indexed page of 50 members per listing, whatever the size
    of the firm, instead of summing every member's weeks on each view
    (decision 34). The sums are int_member_capacity_weekly's own figures.
#}
{{
    config(
        indexes=[
            {'columns': ['weeks_ahead', 'counts_tentative', 'team', 'role_name']},
            {'columns': [
                'weeks_ahead', 'counts_tentative', 'headroom_hours',
                'team_member_name', 'team_member_id',
            ]},
            {'columns': [
                'weeks_ahead', 'counts_tentative', 'planned_share',
                'team_member_name', 'team_member_id',
            ]},
            {'columns': [
                'weeks_ahead', 'counts_tentative',
                'time_off_conflict_hours desc', 'stale_planned_hours desc',
                'team_member_name', 'team_member_id',
            ]},
        ],
        post_hook=["{{ analyze_relation(this) }}"],
    )
}}

with

weekly as (
    select * from {{ ref('int_member_capacity_weekly') }}
),

members as (
    select * from {{ ref('int_team_members') }}
),

-- The first ISO week whose every day is after the as-of day (the Monday
-- after it): the page's "coming weeks" start there. From the calendar, not
-- from members' rows: a member who starts mid-week has a forecast week
-- earlier than the firm's.
first_week as (
    select
        cast(
            {{ dbt.dateadd('day', 7, dbt.date_trunc('week', as_of_date())) }}
            as date
        ) as week_start
),

-- Each forecast week within the span, numbered from 1.
ahead as (
    select
        weekly.*,
        -- whole weeks: the days between two Mondays are a multiple of 7
        cast(
            {{ dbt.datediff(
                'first_week.week_start', 'weekly.week_start', 'day'
            ) }} / 7 + 1
            as smallint
        ) as week_number
    from weekly
    inner join first_week
        on
            weekly.week_start >= first_week.week_start
            and weekly.week_start
            < first_week.week_start + 7 * {{ var('headroom_weeks_ahead') }}
),

spans as (
    select cast(series.generated_number as smallint) as weeks_ahead
    from (
        {{ dbt.generate_series(var('headroom_weeks_ahead') | int) }}
    ) as series
),

-- Tentative work counted (the marts' planned and headroom hours) or left
-- out (as if no tentative project is won).
variants as (
    select true as counts_tentative
    union all
    select false as counts_tentative
),

-- Each member's weeks with tentative work counted or left out.
member_weeks as (
    select
        ahead.team_member_id,
        ahead.week_number,
        variants.counts_tentative,
        ahead.capacity_hours,
        case
            when variants.counts_tentative then ahead.planned_hours
            else ahead.planned_hours - ahead.planned_tentative_hours
        end as planned_hours,
        case
            when variants.counts_tentative then ahead.headroom_hours
            else ahead.headroom_without_tentative_hours
        end as headroom_hours,
        ahead.time_off_conflict_hours,
        ahead.stale_planned_hours
    from ahead
    cross join variants
),

-- Every span from the member's first week in the window on: a member is
-- listed for a span when they have a week in it.
member_spans as (
    select
        first_weeks.team_member_id,
        spans.weeks_ahead,
        variants.counts_tentative
    from (
        select
            team_member_id,
            min(week_number) as first_week_number
        from ahead
        group by team_member_id
    ) as first_weeks
    inner join spans
        on first_weeks.first_week_number <= spans.weeks_ahead
    cross join variants
),

-- Running sums over the weeks up to each span's last (a member with no
-- row in a week adds nothing for it).
summed as (
    select
        member_spans.weeks_ahead,
        member_spans.counts_tentative,
        member_spans.team_member_id,
        sum(member_weeks.capacity_hours) over spans_so_far as capacity_hours,
        sum(member_weeks.planned_hours) over spans_so_far as planned_hours,
        sum(member_weeks.headroom_hours) over spans_so_far as headroom_hours,
        count(
            case when member_weeks.headroom_hours < 0 then 1 end
        ) over spans_so_far as overbooked_weeks,
        sum(member_weeks.time_off_conflict_hours) over spans_so_far
            as time_off_conflict_hours,
        sum(member_weeks.stale_planned_hours) over spans_so_far
            as stale_planned_hours
    from member_spans
    left outer join member_weeks
        on
            member_spans.team_member_id = member_weeks.team_member_id
            and member_spans.counts_tentative = member_weeks.counts_tentative
            and member_spans.weeks_ahead = member_weeks.week_number
    window spans_so_far as (
        partition by member_spans.team_member_id, member_spans.counts_tentative
        order by member_spans.weeks_ahead
    )
),

final as (
    select
        summed.weeks_ahead,
        summed.counts_tentative,
        first_week.week_start as first_week_start,
        cast(
            first_week.week_start + 7 * (summed.weeks_ahead - 1) as date
        ) as last_week_start,
        summed.team_member_id,
        members.team_member_name,
        members.team,
        members.role_name,
        cast(summed.capacity_hours as numeric(12, 2)) as capacity_hours,
        cast(summed.planned_hours as numeric(12, 2)) as planned_hours,
        cast(summed.headroom_hours as numeric(12, 2)) as headroom_hours,
        cast(summed.overbooked_weeks as smallint) as overbooked_weeks,
        cast(summed.time_off_conflict_hours as numeric(12, 2))
            as time_off_conflict_hours,
        cast(summed.stale_planned_hours as numeric(12, 2))
            as stale_planned_hours,
        summed.planned_hours / nullif(summed.capacity_hours, 0)
            as planned_share
    from summed
    inner join members
        on summed.team_member_id = members.team_member_id
    cross join first_week
)

select * from final
order by weeks_ahead, counts_tentative, team, role_name, team_member_id
