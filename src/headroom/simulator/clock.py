"""The simulated clock never runs ahead of the real one (issue 30).

The simulator stamps a day's work at the hours people do it (timesheets in
the evening, status moves at six), so a firm simulated up to today would
carry stamps later than the real clock: rows from the future, which the
warehouse quarantines, and status versions that begin after the build.
Two rules keep every stamp at or before the real clock, whatever the
simulated today:
- the simulated today is never after the real one (`check_day`: one clear
  line, nothing written);
- when the simulated today is the real today, its stamps are squeezed into
  the part of the day that has passed (`squeeze_today`): each stamp of the
  day keeps its place in the day's order, at the same fraction of the time
  from midnight to now as it had of the whole day. Stamps before the day
  do not move, so every row's created <= updated <= deleted order holds.
"""

from __future__ import annotations

import datetime as dt

import psycopg
from psycopg import sql

from headroom.errors import UsageError

DAY = dt.timedelta(days=1)


def real_now() -> dt.datetime:
    """The real clock in UTC, naive like the app's timestamps."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def check_day(day: dt.date, now: dt.datetime, what: str) -> None:
    """One clear line when the simulated `day` is after the real today."""
    if day > now.date():
        raise UsageError(
            f"{what} {day}, after today ({now.date()}, UTC): the simulated app cannot run ahead of the real clock."
        )


def _stamp_columns(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(table, column) of every app timestamp the app itself writes; the
    replica's own `_replicated_at` and `deleted_at` of the delete log are
    stamped by the database's clock already."""
    return conn.execute(
        """
        select table_name, column_name
        from information_schema.columns
        where table_schema = 'app' and data_type = 'timestamp without time zone'
          and not table_name like '\\_%'
        order by table_name, ordinal_position
        """
    ).fetchall()


def squeeze_today(conn: psycopg.Connection, day: dt.date, now: dt.datetime) -> int:
    """When `day` is the real today, moves each app stamp on it to midnight +
    (stamp - midnight) * (now - midnight) / 24 h; returns the rows moved.
    Any other day: nothing to do (its stamps are all in the past)."""
    midnight = dt.datetime(day.year, day.month, day.day)
    if now >= midnight + DAY:
        return 0
    check_day(day, now, "the simulated day")
    share = (now - midnight) / DAY
    by_table: dict[str, list[str]] = {}
    for table, column in _stamp_columns(conn):
        by_table.setdefault(table, []).append(column)
    moved = 0
    for table, columns in by_table.items():
        sets = sql.SQL(", ").join(
            sql.SQL("{c} = case when {c} >= %(midnight)s then %(midnight)s + ({c} - %(midnight)s) * %(share)s"
                    " else {c} end").format(c=sql.Identifier(c))
            for c in columns)
        touched = sql.SQL(" or ").join(
            sql.SQL("{c} >= %(midnight)s").format(c=sql.Identifier(c)) for c in columns)
        cur = conn.execute(
            sql.SQL("update app.{t} set {sets} where {touched}").format(
                t=sql.Identifier(table), sets=sets, touched=touched),
            {"midnight": midnight, "share": share})
        moved += cur.rowcount or 0
    return moved
