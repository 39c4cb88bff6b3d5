"""`headroom app advance --days N`: the app moves on one day at a time.

Each simulated day, in one transaction, does what the real app sees in a
day: hours logged for the day (and late ones for a few days back), edits,
soft deletes and restores of recent actuals, rows deleted outright (a few
actuals, a time off withdrawn, and on the 25th a project made by mistake
with its plan and hours), status changes along the workflow, rate and role
edits, placeholders' plans staffed with a real member or deleted, new
projects and members, leavers. Every
edit moves updated_at. What changed is recorded in the `simulator` schema
(status_changes, member_changes) as the truth snapshots are checked with.

The statements of a day are the files of src/headroom/simulator/sql/.

Rows the simulator injected as defects are never edited, so the defect log
stays true. `advance` injects no new defects.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources
from typing import Callable

import psycopg

from headroom import calendar
from headroom.errors import UsageError
from headroom.simulator.clock import check_day, real_now, squeeze_today
from headroom.simulator import firm

# Workflow moves: (from, to, daily probability, only once the project has
# started, only once it has ended).
STATUS_MOVES = [
    (firm.INITIAL, firm.PROPOSAL, 0.04, False, False),
    (firm.PROPOSAL, firm.CONFIRMED, 0.03, False, False),
    (firm.PROPOSAL, firm.CANCELLED, 0.006, False, False),
    (firm.CONFIRMED, firm.IN_PROGRESS, 0.5, True, False),
    (firm.IN_PROGRESS, firm.ON_HOLD, 0.002, False, False),
    (firm.ON_HOLD, firm.IN_PROGRESS, 0.03, False, False),
    (firm.IN_PROGRESS, firm.COMPLETED, 0.5, False, True),
]


@functools.cache
def _sql(name: str) -> str:
    """A statement of the day, from src/headroom/simulator/sql/<name>.sql."""
    return resources.files("headroom.simulator").joinpath("sql", f"{name}.sql").read_text()


def _clock(conn: psycopg.Connection) -> tuple[dt.date, int, float]:
    try:
        row = conn.execute("select current_day, seed, scale from simulator.clock").fetchone()
    except psycopg.errors.UndefinedTable:
        raise UsageError("no simulated app database here: run `headroom app generate` first.") from None
    if row is None:
        raise UsageError("the simulator clock is empty: run `headroom app generate` first.")
    return row[0], int(row[1]), float(row[2])


def _seed(conn: psycopg.Connection, seed: int, day: dt.date, step: int) -> None:
    # random() in PostgreSQL follows setseed: the same clock and seed give
    # the same day.
    value = ((seed * 7919 + day.toordinal() * 31 + step) % 2_000_000) / 2_000_000.0
    conn.execute("select setseed(%s)", (value,))


def advance_one_day(conn: psycopg.Connection, day: dt.date, seed: int, scale: float, working: bool) -> dict[str, int]:
    """One simulated day: each statement of src/headroom/simulator/sql, in
    order, with its own random seed; returns the rows each touched."""
    done: dict[str, int] = {}
    params = {"day": day, "ts": dt.datetime(day.year, day.month, day.day, 18, 0, 0)}

    def run(name: str, statement: str, step: int, extra: dict | None = None) -> None:
        _seed(conn, seed, day, step)
        cur = conn.execute(_sql(statement), {**params, **(extra or {})})
        done[name] = done.get(name, 0) + (cur.rowcount or 0)

    # 1. Hours for the day, and late ones for three days back.
    if working:
        for step, (worked_on, share) in enumerate(((day, 0.9), (day - dt.timedelta(days=3), 0.8))):
            run("actuals logged", "actuals_logged", 10 + step, {"worked_on": worked_on, "share": share})
    # 2. Edits, soft deletes and restores of recent actuals.
    conn.execute(_sql("recent_actuals"), params)
    run("actuals edited", "actuals_edited", 20)
    run("actuals soft-deleted", "actuals_soft_deleted", 21)
    run("actuals restored", "actuals_restored", 22)
    # 2b. Rows deleted outright (contract v3): a few actuals, a time off
    # withdrawn, and on the 25th a project made by mistake with its rows.
    run("rows deleted outright", "deleted_outright", 23)
    conn.execute(_sql("project_deleted_by_mistake"), params)
    run("projects deleted outright", "project_deleted_rows", 24)
    # 3. Status changes along the workflow.
    for step, (source, target, probability, once_started, once_ended) in enumerate(STATUS_MOVES):
        run("status changes", "status_moved", 30 + step, {
            "source": source, "target": target, "p": probability, "step": step,
            "once_started": once_started, "once_ended": once_ended})
    # 4. Rate raises and role edits (members keep no history upstream).
    run("rate changes", "rate_changes", 40)
    run("role changes", "role_changes", 41)
    # 5. Leavers give two weeks' notice; people past their last day go inactive.
    run("leavers", "leavers", 50)
    run("members deactivated", "members_deactivated", 51)
    # 6. New work comes in: a few projects a week per unit of scale, each a
    # status change from nothing.
    run("projects created", "projects_created", 60, {"p": min(1.0, 0.3 * scale / 3)})
    done["status changes"] += done["projects created"]
    # 6b. Placeholders (contract v3): some of their plan is staffed with a
    # real member of the role, some deleted outright.
    run("placeholder allocations staffed", "placeholders_staffed", 65)
    run("placeholder allocations deleted", "placeholders_dropped", 66)
    # 7. A new joiner now and then, signed to start in a month.
    run("members joined", "members_joined", 70, {"p": min(1.0, 0.1 * scale)})
    return done


def advance(conninfo: str, days: int, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    if days < 1 or days > 3660:
        raise UsageError(f"--days {days} is outside 1..3660.")
    totals: dict[str, int] = {}
    with psycopg.connect(conninfo) as conn:
        current, seed, scale = _clock(conn)
        check_day(current + dt.timedelta(days=days), real_now(), f"--days {days} would move the app to")
        holidays = calendar.holiday_set(current.year - 1, current.year + days // 365 + 2)
        for i in range(1, days + 1):
            day = current + dt.timedelta(days=i)
            now = real_now()
            done = advance_one_day(conn, day, seed, scale, calendar.is_working_day(day, holidays))
            squeeze_today(conn, day, now)
            conn.execute("update simulator.clock set current_day = %s", (day,))
            conn.commit()
            for key, value in done.items():
                totals[key] = totals.get(key, 0) + value
            if progress:
                progress(f"day {day}", i)
        # the replica keeps its delete log 35 days (contract v3)
        conn.execute("delete from app._deleted_rows where deleted_at < now() - interval '35 days'")
        conn.commit()
        conn.autocommit = True
        conn.execute("analyze app.actuals")
        totals["current_day"] = (current + dt.timedelta(days=days)).toordinal()
    return totals
