"""Every query of the dashboard, on the marts only, each filtered by period
on an indexed column and aggregated in PostgreSQL: a page view never reads
a whole fact table, and the figures are the marts' own sums (numeric, to
the cent). The connection logs in as the dashboard role, which may read
the marts and nothing else (docs/decisions.md, 18)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import pandas as pd
import psycopg

from headroom import settings

ROLE_ENV = "HEADROOM_DASHBOARD_ROLE"
PASSWORD_ENV = "HEADROOM_DASHBOARD_PASSWORD"
DEFAULT_ROLE = "headroom_dashboard"


def conninfo() -> str:
    """Where the dashboard reads: the project's warehouse (PGHOST and the
    rest, or the embedded one), as the dashboard role."""
    wh = settings.resolve()
    role = os.environ.get(ROLE_ENV, DEFAULT_ROLE)
    return wh.conninfo(user=role, password=os.environ.get(PASSWORD_ENV))


def query(sql: str, params: dict | None = None) -> pd.DataFrame:
    """Runs one query of the app on a connection of its own, as the
    dashboard role. Every query function below takes `run`, so the
    benchmark can time the very same SQL on connections it holds open."""
    with psycopg.connect(conninfo()) as conn:
        conn.read_only = True
        return frame(conn, sql, params)


def frame(conn: psycopg.Connection, sql: str, params: dict | None = None) -> pd.DataFrame:
    cur = conn.execute(sql, params or {})
    columns = [c.name for c in cur.description]
    return pd.DataFrame(cur.fetchall(), columns=columns)


PAGE_SIZE = 50  # rows of a listing the dashboard reads at a time
ONE_PAGE = "limit %(limit)s offset %(offset)s"  # with page_window's parameters


def page_window(page: int) -> dict:
    """The parameters of ONE_PAGE for page `page` (from 1; below 1 reads as
    1) of a listing PAGE_SIZE rows a page."""
    return {"limit": PAGE_SIZE, "offset": (max(page, 1) - 1) * PAGE_SIZE}


@dataclass(frozen=True)
class Filters:
    teams: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    def where(self, alias: str = "m") -> str:
        clauses = []
        if self.teams:
            clauses.append(f"{alias}.team = any(%(teams)s)")
        if self.roles:
            clauses.append(f"{alias}.role_name = any(%(roles)s)")
        return (" and " + " and ".join(clauses)) if clauses else ""

    def params(self) -> dict:
        return {"teams": list(self.teams), "roles": list(self.roles)}


def add_months(day: dt.date, n: int) -> dt.date:
    """The first day of the month n months after day's month."""
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def teams_and_roles(run=query) -> tuple[list[str], list[str]]:
    found = run(
        "select distinct team, role_name from marts.dim_team_members"
        " where not is_deleted and is_active order by team, role_name"
    )
    return sorted(found["team"].dropna().unique()), sorted(found["role_name"].dropna().unique())


def first_forecast_week(run=query) -> dt.date | None:
    """The Monday the headroom page's coming weeks start on: the one
    fct_member_headroom_ahead sums its spans from (the calendar's rule, one
    home); None when no member has a week ahead."""
    found = run("select first_week_start from marts.fct_member_headroom_ahead where weeks_ahead = 1 limit 1")
    return None if found.empty else found.iloc[0, 0]


def first_forecast_month(run=query) -> dt.date | None:
    found = run(
        "select month_start from marts.fct_team_utilization_monthly"
        " where is_forecast_month order by month_start limit 1"
    )
    return None if found.empty else found.iloc[0, 0]


def headroom_by_team(start: dt.date, end: dt.date, filters: Filters, run=query) -> pd.DataFrame:
    """One row per week and team in [start, end], from the team rollup."""
    return run(
        f"""
        select t.week_start, t.team,
               sum(t.capacity_hours) as capacity_hours,
               sum(t.planned_hours) as planned_hours,
               sum(t.headroom_hours) as headroom_hours,
               sum(t.planned_tentative_hours) as planned_tentative_hours,
               sum(t.headroom_without_tentative_hours) as headroom_without_tentative_hours,
               sum(t.free_hours) as free_hours,
               sum(t.overbooked_hours) as overbooked_hours,
               sum(t.free_without_tentative_hours) as free_without_tentative_hours,
               sum(t.overbooked_without_tentative_hours) as overbooked_without_tentative_hours,
               sum(t.overbooked_member_count) as overbooked_members,
               sum(t.time_off_conflict_hours) as time_off_conflict_hours,
               sum(t.stale_planned_hours) as stale_planned_hours
        from marts.fct_team_capacity_weekly t
        where t.week_start between %(start)s and %(end)s {filters.where("t")}
        group by t.week_start, t.team
        order by t.week_start, t.team
        """,
        {"start": start, "end": end, **filters.params()},
    )


# The listings of the headroom page: who is overbooked, who is idle, whose
# plans need cleaning up, each with its filter and order. The members' sums
# over the span are fct_member_headroom_ahead's (decision 34), whose indexes
# lead with (weeks_ahead, counts_tentative) and follow each order, so a page
# of a listing is read through an index and stops after PAGE_SIZE rows.
MEMBER_LISTINGS = {
    "overbooked": ("overbooked_weeks > 0", "headroom_hours, team_member_name, team_member_id"),
    "idle": ("capacity_hours > 0 and planned_share < %(idle_share)s",
             "planned_share, team_member_name, team_member_id"),
    "conflicted": ("(time_off_conflict_hours > 0 or stale_planned_hours > 0)",
                   "time_off_conflict_hours desc, stale_planned_hours desc, team_member_name, team_member_id"),
}
MEMBER_COLUMNS = ("team", "role_name", "team_member_name", "team_member_id", "capacity_hours", "planned_hours",
                  "headroom_hours", "overbooked_weeks", "time_off_conflict_hours", "stale_planned_hours",
                  "planned_share")


def weeks_ahead_max(run=query) -> int:
    """The longest span of forecast weeks fct_member_headroom_ahead sums (the
    var headroom_weeks_ahead); 0 when it has no rows."""
    found = run("select coalesce(max(weeks_ahead), 0) as weeks from marts.fct_member_headroom_ahead")
    return int(found.iloc[0, 0])


def headroom_members(weeks_ahead: int, filters: Filters, tentative: bool, idle_share: float,
                     pages: tuple[int, ...] = (1, 1, 1), run=query) -> pd.DataFrame:
    """The headroom page's members in one read: a first row with how many
    members match the filters and how many each listing of MEMBER_LISTINGS
    holds (`members` and the listings' names), and after it, one page
    (PAGE_SIZE members, the page of `pages` in the listings' order) of each
    listing, marked in `listing` with the member's `position` in it: their
    sums over the first `weeks_ahead` forecast weeks and in how many of them
    they are planned above capacity."""
    span = f"""
        select * from marts.fct_member_headroom_ahead m
        where m.weeks_ahead = %(weeks_ahead)s and m.counts_tentative = %(tentative)s {filters.where()}
    """
    counts = ", ".join(f"count(*) filter (where {where}) as {name}" for name, (where, _) in MEMBER_LISTINGS.items())
    columns = ", ".join(MEMBER_COLUMNS)
    listed = " union all ".join(
        f"(select '{name}' as listing, row_number() over (order by {order}) as position, {columns}"
        f" from members where {where} order by {order} limit %(limit)s offset {(max(page, 1) - 1) * PAGE_SIZE})"
        for (name, (where, order)), page in zip(MEMBER_LISTINGS.items(), pages))
    nulls = ", ".join(f"null as {column}" for column in MEMBER_COLUMNS)
    return run(
        f"""
        with members as not materialized ({span}),
        counts as (select count(*) as members, {counts} from members),
        listed as ({listed})
        select counts.*, null as listing, null as position, {nulls}
        from counts
        union all
        select counts.*, listed.*
        from listed cross join counts
        order by listing nulls first, position
        """,
        {"weeks_ahead": weeks_ahead, "tentative": tentative, "idle_share": idle_share, "limit": PAGE_SIZE,
         **filters.params()},
    )


def headroom_grid(weeks_ahead: int, first: dt.date, last: dt.date, filters: Filters, tentative: bool, page: int,
                  run=query) -> pd.DataFrame:
    """The person-by-week view of the headroom page: one page (PAGE_SIZE)
    of the members of the span, most overbooked first (their sums over the
    span, fct_member_headroom_ahead), each with their weeks first..last:
    capacity, planned and tentative hours, and headroom with or without
    tentative work."""
    return run(
        f"""
        with members as materialized (
            select m.team_member_id, m.team_member_name, m.team, m.role_name,
                   m.headroom_hours as span_headroom_hours
            from marts.fct_member_headroom_ahead m
            where m.weeks_ahead = %(weeks_ahead)s and m.counts_tentative = %(tentative)s {filters.where()}
            order by m.headroom_hours, m.team_member_name, m.team_member_id
            {ONE_PAGE}
        )
        select members.*, w.week_start, w.capacity_hours, w.planned_hours, w.planned_tentative_hours,
               case when %(tentative)s then w.headroom_hours else w.headroom_without_tentative_hours end
                   as headroom_hours
        from members
        join marts.fct_member_capacity_weekly w
          on w.team_member_id = members.team_member_id
         -- the page's members' weeks, found by member (an index lookup each),
         -- not by scanning every member's weeks of the span
         and w.team_member_id = any(array(select team_member_id from members))
         and w.week_start between %(first)s and %(last)s
        order by members.span_headroom_hours, members.team_member_name, members.team_member_id, w.week_start
        """,
        {"weeks_ahead": weeks_ahead, "tentative": tentative, "first": first, "last": last,
         **page_window(page), **filters.params()},
    )


def utilization_by_month(start: dt.date, end: dt.date, filters: Filters, run=query) -> pd.DataFrame:
    """Per month and team: the sums, from the team rollup."""
    return run(
        f"""
        select u.month_start, u.team,
               sum(u.capacity_hours) as capacity_hours,
               sum(u.capacity_to_date_hours) as capacity_to_date_hours,
               sum(u.actual_hours) as actual_hours,
               sum(u.billable_hours) as billable_hours,
               sum(u.chargeable_hours) as chargeable_hours,
               sum(u.planned_billable_hours) as planned_billable_hours,
               sum(u.planned_billable_hours_after_as_of) as planned_billable_hours_after_as_of,
               sum(u.target_chargeable_hours) as target_chargeable_hours,
               bool_and(u.is_forecast_month) as is_forecast_month
        from marts.fct_team_utilization_monthly u
        where u.month_start between %(start)s and %(end)s {filters.where("u")}
        group by u.month_start, u.team
        order by u.month_start, u.team
        """,
        {"start": start, "end": end, **filters.params()},
    )


# The orders the utilization page's list of people can be sorted by: a
# choice of the page, never text of the user's, reaches the SQL.
UTILIZATION_ORDERS = {
    "chargeable_utilization": "chargeable_utilization",
    "billable_utilization": "billable_utilization",
    "total_utilization": "total_utilization",
    "gap_to_target": "gap_to_target",
    "team_member_name": "team_member_name",
}


def utilization_members(start: dt.date, end: dt.date, filters: Filters, order: str, descending: bool,
                        page: int, run=query) -> pd.DataFrame:
    """One page (PAGE_SIZE rows) of the members, each with their sums over
    the months [start, end] and the three ratios of those sums, in `order`
    (a key of UTILIZATION_ORDERS); member_count is how many there are. A
    member's sums are their running sums at the last month up to `end` less
    those at the last month before `start` (fct_member_utilization_running,
    decision 48); members with no month in the run are left out."""
    if order not in UTILIZATION_ORDERS:
        raise ValueError(f"unknown order {order!r}")
    direction = "desc" if descending else "asc"
    measures = ("capacity_hours", "capacity_to_date_hours", "chargeable_hours", "billable_hours", "actual_hours")
    differences = ", ".join(f"e.running_{m} - coalesce(b.running_{m}, 0) as {m}" for m in measures)
    return run(
        f"""
        with last_month as (
            select max(month_start) as month_start
            from marts.fct_member_utilization_running where month_start <= %(end)s
        ),
        month_before as (
            select max(month_start) as month_start
            from marts.fct_member_utilization_running where month_start < %(start)s
        ),
        summed as (
            select m.team_member_id, m.team_member_name, m.team, m.role_name, {differences},
                   case when e.target_known_months > coalesce(b.target_known_months, 0)
                        then e.running_target_chargeable_hours - coalesce(b.running_target_chargeable_hours, 0)
                   end as target_chargeable_hours
            from marts.fct_member_utilization_running e
            join marts.dim_team_members m on m.team_member_id = e.team_member_id
            left join marts.fct_member_utilization_running b
              on b.team_member_id = e.team_member_id and b.month_start = (select month_start from month_before)
            where e.month_start = (select month_start from last_month)
              and e.months_with_row > coalesce(b.months_with_row, 0) {filters.where()}
        ),
        rated as (
            select summed.*,
                   chargeable_hours / nullif(capacity_to_date_hours, 0) as chargeable_utilization,
                   billable_hours / nullif(capacity_to_date_hours, 0) as billable_utilization,
                   actual_hours / nullif(capacity_to_date_hours, 0) as total_utilization,
                   target_chargeable_hours / nullif(capacity_hours, 0) as target_chargeable_utilization
            from summed
        )
        select rated.*,
               chargeable_utilization - target_chargeable_utilization as gap_to_target,
               count(*) over () as member_count
        from rated
        order by {UTILIZATION_ORDERS[order]} {direction} nulls last, team_member_name, team_member_id
        {ONE_PAGE}
        """,
        {"start": start, "end": end, **page_window(page), **filters.params()},
    )


def flagged_actuals(start: dt.date, end: dt.date, filters: Filters, run=query) -> pd.DataFrame:
    """Per month in [start, end]: the actual hours, and those resting on rows
    with a quality flag (fct_actuals.quality_flag_count > 0)."""
    return run(
        f"""
        select date_trunc('month', a.worked_on)::date as month_start,
               sum(a.hours) as actual_hours,
               coalesce(sum(a.hours) filter (where a.quality_flag_count > 0), 0) as flagged_hours
        from marts.fct_actuals a
        join marts.dim_team_members m on m.team_member_id = a.team_member_id
        where a.worked_on >= %(start)s and a.worked_on < %(end)s {filters.where()}
        group by 1
        order by 1
        """,
        {"start": start, "end": add_months(end, 1), **filters.params()},
    )
