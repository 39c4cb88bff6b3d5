
    
    select
      count(*) as failures,
      count(*) != 0 as should_warn,
      count(*) != 0 as should_error
    from (
      
    
  

with

weekly as (
    select * from marts.fct_member_capacity_weekly
),

ahead as (
    select * from marts.fct_member_headroom_ahead
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
            

    

    with p as (
        select 0 as generated_number union all select 1
    ), unioned as (

    select

    
    p0.generated_number * power(2, 0)
     + 
    
    p1.generated_number * power(2, 1)
     + 
    
    p2.generated_number * power(2, 2)
     + 
    
    p3.generated_number * power(2, 3)
    
    
    + 1
    as generated_number

    from

    
    p as p0
     cross join 
    
    p as p1
     cross join 
    
    p as p2
     cross join 
    
    p as p3
    
    

    )

    select *
    from unioned
    where generated_number <= 12
    order by generated_number


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
    
        select
            'member_count' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.member_count as weekly_total,
            a.member_count as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.member_count is distinct from a.member_count
        union all
    
        select
            'capacity_hours' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.capacity_hours as weekly_total,
            a.capacity_hours as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.capacity_hours is distinct from a.capacity_hours
        union all
    
        select
            'planned_hours' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.planned_hours as weekly_total,
            a.planned_hours as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.planned_hours is distinct from a.planned_hours
        union all
    
        select
            'headroom_hours' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.headroom_hours as weekly_total,
            a.headroom_hours as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.headroom_hours is distinct from a.headroom_hours
        union all
    
        select
            'overbooked_weeks' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.overbooked_weeks as weekly_total,
            a.overbooked_weeks as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.overbooked_weeks is distinct from a.overbooked_weeks
        union all
    
        select
            'time_off_conflict_hours' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.time_off_conflict_hours as weekly_total,
            a.time_off_conflict_hours as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.time_off_conflict_hours is distinct from a.time_off_conflict_hours
        union all
    
        select
            'stale_planned_hours' as measure,
            coalesce(w.weeks_ahead, a.weeks_ahead) as weeks_ahead,
            coalesce(w.counts_tentative, a.counts_tentative)
                as counts_tentative,
            w.stale_planned_hours as weekly_total,
            a.stale_planned_hours as ahead_total
        from weekly_totals as w
        full outer join ahead_totals as a
            on
                w.weeks_ahead = a.weeks_ahead
                and w.counts_tentative = a.counts_tentative
        where w.stale_planned_hours is distinct from a.stale_planned_hours
        
    
)

select * from final
  
  
      
    ) dbt_internal_test