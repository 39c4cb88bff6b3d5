-- The engine's floor for intermediate.int_actuals_priced (headroom bench): one statement
-- from the app tables and the reference seeds that yields the same rows,
-- with the same validity rules and prices. It holds for a first build,
-- where the member snapshot has one version per member: its current row.
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
actuals as (
    select
        a.*,
        a.created_at - lag(a.created_at) over (
            partition by a.team_member_id, a.project_id, a.worked_on, a.hours, a.deleted_at is not null
            order by a.created_at, a.id
        ) as since_previous_submit
    from app.actuals as a
)
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
    a.updated_at at time zone 'UTC' as updated_at
from actuals as a
join members as m on m.id = a.team_member_id and not m.is_rejected
join projects as p on p.id = a.project_id and not p.is_rejected
join reference.project_types as t on t.project_type_id = p.project_type_id
left join fx on fx.currency = upper(p.currency) and fx.month_start = cast(date_trunc('month', a.worked_on) as date)
where a.deleted_at is null
  and a.created_at is not null and a.updated_at is not null and a.updated_at >= a.created_at
  and a.hours > 0 and a.hours <= 24
  and a.worked_on <= date '{as_of}'
  and not coalesce(a.since_previous_submit <= interval '1 minute', false)
