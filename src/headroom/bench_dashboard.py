"""The benchmark's dashboard figures (`headroom bench`): the dashboard's own
queries, each timed, from many connections logged in as the dashboard
role; idle, and while the next day's build replaces the marts (issue 31:
no error, no empty or half-built figure, p95 within its bound)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import statistics
import threading
import time
from typing import Callable

import psycopg

from headroom import settings

DASHBOARD_ROLE = "headroom_dashboard"


def _page_views(team: str) -> list[tuple[str, object]]:
    """One view of each dashboard page, as the app queries it uncached:
    the very functions of src/headroom/dashboard/marts.py, each a call
    that takes the runner to execute its SQL on."""
    from headroom.dashboard import marts, project_marts

    def headroom(run):
        weeks = min(8, marts.weeks_ahead_max(run=run))
        first = marts.first_forecast_week(run=run)
        last = first + dt.timedelta(weeks=weeks - 1)
        filters = marts.Filters((team,))
        marts.headroom_by_team(first, last, filters, run=run)
        marts.headroom_grid(weeks, first, last, filters, True, 1, run=run)
        return marts.headroom_members(weeks, filters, True, 0.5, run=run)

    def utilization(run):
        anchor = marts.first_forecast_month(run=run)
        start, end = marts.add_months(anchor, -12), marts.add_months(anchor, 3)
        marts.utilization_by_month(start, end, marts.Filters((team,)), run=run)
        return marts.utilization_members(start, end, marts.Filters((team,)), "chargeable_utilization", False, 1,
                                         run=run)

    def forecast(run):
        anchor = marts.first_forecast_month(run=run)
        project_marts.year_landing(marts.add_months(anchor, -1).year, (), run=run)
        return project_marts.forecast_by_month(marts.add_months(anchor, -6), marts.add_months(anchor, 12), (), run=run)

    def budget(run):
        project_marts.budget_totals((), run=run)
        project_marts.budget_burn((), True, 1, run=run)
        return project_marts.budget_burn((), False, 1, run=run)

    return [
        ("sidebar: teams and roles", lambda run: marts.teams_and_roles(run=run)),
        ("sidebar: project types", lambda run: project_marts.project_types(run=run)),
        ("headroom page", headroom),
        ("utilization page", utilization),
        ("forecast page", forecast),
        ("pipeline page: current status", lambda run: project_marts.pipeline((), run=run)),
        ("pipeline page: time in status", lambda run: project_marts.time_in_status((), run=run)),
        ("budget page", budget),
    ]


def _is_empty(result) -> bool:
    """A view's result with nothing to show: a frame without rows, or lists
    (the sidebar's choices) all empty."""
    if hasattr(result, "empty"):
        return bool(result.empty)
    if isinstance(result, tuple):
        return all(_is_empty(part) for part in result)
    return not result


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))] if xs else 0.0


def _teams(wh: settings.Warehouse, database: str) -> list[str]:
    with psycopg.connect(wh.conninfo(database)) as conn:
        teams = [r[0] for r in conn.execute(
            "select distinct team from marts.dim_team_members where team is not null order by 1")]
    return teams or [""]


# Set in each reader process by _reader_setup (a spawned process receives
# multiprocessing's events only this way).
_READER: dict = {}


def _reader_setup(ready, done) -> None:
    _READER.update(ready=ready, done=done)


def _reader(job: tuple[str, list[str], int, int | None]) -> tuple[list[tuple[str, float]], int, list[str]]:
    """One reader, in a process of its own: logs in, waits until every
    reader has (`ready`), then views every page, `rounds` times or, without
    rounds, until `done` is set (and at least once). Each query is timed on
    its own; one that fails, or returns no row, is counted."""
    from headroom.dashboard import marts

    conninfo, teams, n, rounds = job
    out: list[tuple[str, float]] = []
    errors, empty = 0, []
    try:
        conn = psycopg.connect(conninfo, autocommit=True)
    except psycopg.Error:
        _READER["ready"].abort()  # the others, and the caller, stop waiting
        raise
    with conn:
        _READER["ready"].wait()
        i = 0
        while (i < rounds) if rounds is not None else (i == 0 or not _READER["done"].is_set()):
            for name, view in _page_views(teams[(n + i) % len(teams)]):
                def timed(sql, params=None, name=name):
                    started = time.perf_counter()
                    result = marts.frame(conn, sql, params)
                    out.append((name, (time.perf_counter() - started) * 1000))
                    return result
                try:
                    if _is_empty(view(timed)):
                        empty.append(name)
                except psycopg.Error:
                    errors += 1
            i += 1
    return out, errors, empty


def _read(wh: settings.Warehouse, database: str, connections: int, rounds: int | None,
          while_reading: Callable[[], object] = lambda: None) -> dict:
    """`connections` readers, each a process of its own logged in as the
    dashboard role (as many dashboard users would be; threads of one Python
    process would queue on its interpreter lock and time that, not the
    warehouse): every page `rounds` times each, or, without rounds, for as
    long as while_reading() runs, which starts once every reader is logged
    in (decision 48)."""
    teams = _teams(wh, database)
    context = multiprocessing.get_context("spawn")
    ready, done = context.Barrier(connections + 1), context.Event()
    jobs = [(wh.conninfo(database, user=DASHBOARD_ROLE), teams, n, rounds) for n in range(connections)]
    with context.Pool(connections, initializer=_reader_setup, initargs=(ready, done)) as pool:
        pending = pool.map_async(_reader, jobs)
        try:
            ready.wait(timeout=120)
        except threading.BrokenBarrierError:
            pending.get(timeout=120)  # raises the reader's own error
            raise
        try:
            while_reading()
        finally:
            done.set()
        chunks = pending.get()
    timings = [t for chunk, _, _ in chunks for t in chunk]
    values = [ms for _, ms in timings]
    names = list(dict.fromkeys(name for name, _ in timings))
    per_query = {
        name: {"median_ms": statistics.median([ms for q, ms in timings if q == name]),
               "p95_ms": _p95([ms for q, ms in timings if q == name])}
        for name in names
    }
    return {"queries": len(values), "connections": connections,
            "median_ms": statistics.median(values) if values else 0.0, "p95_ms": _p95(values),
            "errors": sum(e for _, e, _ in chunks),
            "empty_by_view": {name: sum(e.count(name) for _, _, e in chunks)
                              for name in {n for _, _, e in chunks for n in e}},
            "per_query": per_query}


def dashboard_idle(wh: settings.Warehouse, database: str, connections: int = 8, rounds: int = 25) -> dict:
    """Every page `rounds` times from each of `connections` connections."""
    return _read(wh, database, connections, rounds)


def dashboard_under_load(wh: settings.Warehouse, database: str, build: Callable[[], tuple],
                         connections: int = 16) -> tuple[dict, float]:
    """Every page, again and again from each of `connections` connections,
    for as long as `build` (the next day's dbt build) runs, and at least
    once; returns the figures and the build's seconds. Compare its
    empty_by_view with an idle run's: a view with rows when idle that comes
    back empty would be a half-built mart."""
    result: dict = {}

    def run_build() -> None:
        result["seconds"] = build()[0]

    figures = _read(wh, database, connections, None, run_build)
    return figures, result["seconds"]
