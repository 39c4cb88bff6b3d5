"""No app timestamp after the real clock, whatever the simulated today
(issue 30, simulator/clock.py): a simulated today after the real one is
refused in one line, and the real today's stamps are squeezed into the
part of the day that has passed, in their order."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from conftest import fresh_database, run_cli
from headroom.simulator import generate as gen
from headroom.simulator.clock import real_now, squeeze_today

AS_OF = dt.date(2026, 11, 20)  # a Friday: timesheets are stamped on it
DATABASE = "headroom_scratch_clock"


def stamps(conn) -> dict[tuple, dt.datetime]:
    """(table, id, column) -> stamp, for every timestamp column of the app's
    own tables (not the replica's bookkeeping, stamped by the server)."""
    columns = conn.execute(
        """
        select table_name, column_name from information_schema.columns
        where table_schema = 'app' and data_type = 'timestamp without time zone'
          and table_name in ('users', 'team_members', 'projects', 'allocations', 'time_off', 'actuals')
        """).fetchall()
    assert len(columns) >= 14
    found = {}
    for table, column in columns:
        for row_id, value in conn.execute(f"select id, {column} from app.{table} where {column} is not null"):
            found[(table, row_id, column)] = value
    return found


@pytest.fixture(scope="module")
def small_firm(wh):
    with fresh_database(wh, DATABASE) as conninfo:
        gen.generate(conninfo, gen.Config(scale=0.05, seed=5, as_of=AS_OF, defect_rate=0.0))
        yield conninfo



def test_a_squeezed_day_ends_at_now_in_the_same_order(small_firm):
    midnight = dt.datetime(2026, 11, 20)
    with psycopg.connect(small_firm) as conn:
        before = stamps(conn)
        # the real clock at 06:00 of the day: a quarter of it has passed
        squeeze_today(conn, AS_OF, midnight + dt.timedelta(hours=6))
        after = stamps(conn)
        conn.rollback()
    on_the_day = {key for key, value in before.items() if value >= midnight}
    assert len(on_the_day) > 20  # timesheets of a working day, at least
    assert max(before[key] for key in on_the_day) > midnight + dt.timedelta(hours=16)
    for key, value in before.items():
        if key in on_the_day:
            # 20:00 -> 05:00: a quarter of the time since midnight, to the
            # column's second
            assert abs(after[key] - (midnight + (value - midnight) / 4)) <= dt.timedelta(seconds=1), key
        else:
            assert after[key] == value, key
    assert max(after.values()) <= midnight + dt.timedelta(hours=6)


def test_a_day_already_past_is_left_alone(small_firm):
    with psycopg.connect(small_firm) as conn:
        assert squeeze_today(conn, AS_OF, dt.datetime(2026, 11, 21, 0, 0, 1)) == 0


def test_generate_for_today_writes_nothing_after_now(wh):
    with fresh_database(wh, "headroom_scratch_today") as conninfo:
        today = real_now().date()
        gen.generate(conninfo, gen.Config(scale=0.03, seed=3, as_of=today, defect_rate=0.0))
        with psycopg.connect(conninfo) as conn:
            latest = max(stamps(conn).values())
            now = conn.execute("select (now() at time zone 'utc')::timestamp(0)").fetchone()[0]
    assert latest <= now


def test_a_day_after_today_is_refused_in_one_line_and_nothing_is_lost(wh, small_firm):
    tomorrow = real_now().date() + dt.timedelta(days=1)
    with psycopg.connect(small_firm) as conn:
        before = conn.execute("select count(*) from app.actuals").fetchone()[0]
    result = run_cli("app", "generate", "--scale", "0.01", "--replace-app", "--as-of", tomorrow.isoformat(),
                     env={"PGDATABASE": DATABASE})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "after today" in lines[0] and "Traceback" not in result.stderr, result.stderr
    # advance past today: refused before any day is simulated
    with psycopg.connect(small_firm) as conn:
        conn.execute("update simulator.clock set current_day = %s", (real_now().date(),))
        conn.commit()
    result = run_cli("app", "advance", "--days", "2", env={"PGDATABASE": DATABASE})
    assert result.returncode == 2 and "after today" in result.stderr, result.stderr
    with psycopg.connect(small_firm) as conn:
        assert conn.execute("select count(*) from app.actuals").fetchone()[0] == before
        assert conn.execute("select current_day from simulator.clock").fetchone()[0] == real_now().date()
