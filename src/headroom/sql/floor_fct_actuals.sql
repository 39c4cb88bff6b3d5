-- The engine's floor for intermediate.int_actuals_priced (headroom bench): one statement
-- from the app tables, the reference seeds and the calendar that yields the same
-- rows and columns (prices and quality flags), with the same validity rules, then
-- the same key and indexes as the model (actuals and time off on a placeholder are
-- rejected, decision 49). It holds for a first build, where the
-- member snapshot has one version per member: its current row.
create table public.bench_floor_fct_actuals as
with members as (
    select
        m.*,
        coalesce(
            m.created_at is null or m.updated_at is null
            or m.updated_at < m.created_at
            or m.weekly_capacity_hours < 0 or m.weekly_capacity_hours > 80
            or m.ended_on < m.started_on,
            false
        ) as is_rejected
    from app.team_members as m
),
projects as (
    select
        p.*,
        coalesce(
            p.project_status_id not in (select project_status_id from reference.project_statuses)
            or p.project_type_id not in (select project_type_id from reference.project_types)
            or p.created_at is null or p.updated_at is null
            or p.updated_at < p.created_at
            or upper(p.currency) not in ('USD', 'EUR', 'GBP')
            or p.ends_on < p.starts_on,
            false
        ) as is_rejected
    from app.projects as p
),
fx as (
    -- the month's rate, or the latest known before it
    select
        months.month_start,
        currencies.currency,
        (
            select f.usd_per_unit from reference.fx_rates as f
            where f.currency = currencies.currency and f.month_start <= months.month_start
            order by f.month_start desc limit 1
        ) as usd_per_unit
    from (select distinct cast(date_trunc('month', worked_on) as date) as month_start from app.actuals) as months
    cross join (select distinct currency from reference.fx_rates) as currencies
    union all
    select distinct cast(date_trunc('month', worked_on) as date), 'USD', 1 from app.actuals
),
time_off_days as (
    -- the working days of the live time off the warehouse keeps (the rules the
    -- generated data can break)
    select distinct o.team_member_id, cast(d.day as date) as off_on
    from app.time_off as o
    join members as m on m.id = o.team_member_id and not m.is_rejected and not m.is_placeholder
    cross join lateral generate_series(o.starts_on, o.ends_on, interval '1 day') as d (day)
    join intermediate.int_calendar_days as c on c.calendar_on = cast(d.day as date) and c.is_working_day
    where o.deleted_at is null
      and o.created_at is not null and o.updated_at is not null and o.updated_at >= o.created_at
      and o.ends_on >= o.starts_on
      and o.hours_per_day > 0 and o.hours_per_day <= 24
),
actuals as (
    select
        a.*,
        a.created_at - lag(a.created_at) over (
            partition by a.team_member_id, a.project_id, a.worked_on, a.hours, a.deleted_at is not null
            order by a.created_at, a.id
        ) as since_previous_submit
    from app.actuals as a
),
priced as (
    select
        a.id as actual_id,
        a.team_member_id,
        a.project_id,
        a.worked_on,
        a.hours,
        lower(trim(a.source)) as actual_source,
        t.project_type_name,
        t.revenue_treatment,
        t.is_billable,
        cast(
            case
                when t.revenue_treatment = 'time_and_materials'
                    then a.hours * coalesce(
                        p.hourly_rate * fx.usd_per_unit,
                        m.bill_rate
                    )
                else 0
            end as numeric(14, 2)
        ) as revenue_usd,
        cast(a.hours * m.cost_rate as numeric(14, 2)) as cost_usd,
        a.updated_at > a.created_at
            and a.updated_at >= date_trunc('week', a.worked_on) + interval '8 days' as is_edited_after_week_closed,
        a.updated_at at time zone 'UTC' as updated_at,
        lower(trim(a.source)) = 'allocation_backfill' as is_backfilled,
        o.team_member_id is not null as is_on_time_off,
        not c.is_working_day or a.worked_on < m.started_on or a.worked_on > coalesce(m.ended_on, '9999-12-31')
            as is_on_day_off
    from actuals as a
    join intermediate.int_calendar_days as c on c.calendar_on = a.worked_on
    join members as m on m.id = a.team_member_id and not m.is_rejected and not m.is_placeholder
    join projects as p on p.id = a.project_id and not p.is_rejected
    join reference.project_types as t on t.project_type_id = p.project_type_id
    left join time_off_days as o on o.team_member_id = a.team_member_id and o.off_on = a.worked_on
    left join fx on fx.currency = upper(p.currency) and fx.month_start = cast(date_trunc('month', a.worked_on) as date)
    where a.deleted_at is null
      and a.created_at is not null and a.updated_at is not null and a.updated_at >= a.created_at
      and a.hours > 0 and a.hours <= 24
      and a.worked_on <= date '{as_of}'
      and not coalesce(a.since_previous_submit <= interval '1 minute', false)
),
flagged as (
    select
        priced.*,
        revenue_treatment = 'time_and_materials' and revenue_usd is null as is_unpriced,
        cost_usd is null as is_uncosted
    from priced
),
counted as (
    select
        flagged.*,
        cast(is_unpriced as integer) + cast(is_uncosted as integer) + cast(is_backfilled as integer)
        + cast(is_edited_after_week_closed as integer) + cast(is_on_time_off as integer)
        + cast(is_on_day_off as integer) as flag_count
    from flagged
)
select
    actual_id, team_member_id, project_id, worked_on, hours, actual_source,
    project_type_name, revenue_treatment, is_billable, revenue_usd, cost_usd,
    is_unpriced, is_uncosted, is_backfilled, is_edited_after_week_closed, is_on_time_off, is_on_day_off,
    cast(flag_count as smallint) as quality_flag_count,
    cast(round(1 - flag_count / 6.0, 2) as numeric(3, 2)) as quality_score,
    updated_at
from counted;

-- the model's key and indexes (its config), and fresh statistics
alter table public.bench_floor_fct_actuals add primary key (actual_id);
create index on public.bench_floor_fct_actuals (team_member_id, worked_on);
create index on public.bench_floor_fct_actuals (project_id, worked_on);
create index on public.bench_floor_fct_actuals (updated_at);
create index on public.bench_floor_fct_actuals (worked_on);
analyze public.bench_floor_fct_actuals;
