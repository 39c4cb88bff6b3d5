"""One job at a time on a warehouse database (issue 31): the daily job,
Slim CI and the simulator's generate and advance each hold a PostgreSQL
advisory lock of the database for as long as they run. A second one
started meanwhile (a slow night and the next cron tick) does not wait in a
lock queue half-way through a build, nor fail obscurely: it stops before
it touches anything, with one line naming the job that runs, its pid and
since when, and records or alerts nothing.

PostgreSQL's own lock, not a lock file: it holds across machines (a
scheduler on one host, an operator's `make ci` on another), and dies with
its session, so a killed job never leaves a stale lock behind."""

from __future__ import annotations

import contextlib
import os

import psycopg

from headroom import settings
from headroom.errors import UsageError

# what the holder calls itself in pg_stat_activity, and the lock's key
APPLICATION = "headroom job"
KEY_SQL = "hashtext('headroom jobs on ' || current_database())"


@contextlib.contextmanager
def exclusive(wh: settings.Warehouse, job: str):
    """Holds the database's job lock while the block runs; raises one clear
    line when another job holds it."""
    name = f"{APPLICATION}: {job} (pid {os.getpid()})"
    conn = psycopg.connect(wh.conninfo(), autocommit=True, application_name=name[:63])
    try:
        got = conn.execute(f"select pg_try_advisory_lock({KEY_SQL})").fetchone()[0]
        if not got:
            holder = conn.execute(
                f"""
                select a.application_name, a.backend_start
                from pg_catalog.pg_locks as l
                join pg_catalog.pg_stat_activity as a on a.pid = l.pid
                where l.locktype = 'advisory' and l.granted
                  and l.objid = ({KEY_SQL})::oid and l.database = (
                      select oid from pg_catalog.pg_database where datname = current_database())
                limit 1
                """
            ).fetchone()
            what = holder[0].removeprefix(f"{APPLICATION}: ") if holder else "another headroom job"
            since = f" since {holder[1]:%Y-%m-%d %H:%M:%S %Z}" if holder else ""
            raise UsageError(f"{what} is running on {wh.database}{since}: {job} did not start "
                             "(nothing was changed); run it again when that one has finished.")
        yield
    finally:
        conn.close()
