"""Reliability under faults and load, on a small firm of its own: two
builds in a row agree to the row; readers (as the dashboard role) see no
error and never an empty or half-built mart while the marts are rebuilt;
killing dbt, or the warehouse, in the middle of a build and rerunning ends
in the same marts with no leftover relation a reader can see; defects at
1% and 20% are all caught and reconciled and the build still succeeds."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from conftest import ROOT, UNIT_TESTS_LEFT_OUT
from headroom import cli as headroom_cli
from headroom import settings, warehouse
from headroom.simulator import generate as gen
from headroom.simulator.generate import NOT_REJECTED_CLASSES

AS_OF = dt.date(2026, 11, 20)
DB = "headroom_scratch_reliability"
CHECKED_SCHEMAS = ("marts", "restricted", "quality")
DASHBOARD_ROLE = "headroom_dashboard"
DBT = Path(sys.executable).parent / "dbt"


def _recreate(wh, name: str) -> None:
    with psycopg.connect(wh.conninfo("postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')


def _drop(wh, name: str) -> None:
    with psycopg.connect(wh.conninfo("postgres"), autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def _dbt_command(db: str, tmp: Path, *args: str) -> tuple[list[str], dict]:
    env = headroom_cli.child_env(settings.resolve(), db)
    command = [str(DBT), *args, "--vars", f"{{as_of_date: '{AS_OF}'}}", "--target-path", str(tmp / "target"),
               "--log-path", str(tmp / "logs")]
    return command, env


def dbt(db: str, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    command, env = _dbt_command(db, tmp, *args, *(UNIT_TESTS_LEFT_OUT if args[0] == "build" else ()))
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    return result


def checksums(conninfo: str) -> dict[str, tuple[int, str]]:
    """Row count and md5 over all rows (ordered) of every relation readers see."""
    with psycopg.connect(conninfo) as conn:
        names = conn.execute(
            """
            select table_schema, table_name from information_schema.tables
            where table_schema = any(%s) order by 1, 2
            """,
            (list(CHECKED_SCHEMAS),),
        ).fetchall()
        return {
            f"{schema}.{name}": conn.execute(
                sql.SQL("select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from {}.{} t")
                .format(sql.Identifier(schema), sql.Identifier(name))
            ).fetchone()
            for schema, name in names
        }


def leftovers(conninfo: str) -> list[str]:
    """Relations a build leaves only when it did not finish: dbt's
    __dbt_tmp and __dbt_backup tables and views, in any schema (indexes
    keep the name of the table they were built on, __dbt_tmp_pkey: those
    are no leftovers)."""
    with psycopg.connect(conninfo) as conn:
        return [r[0] for r in conn.execute(
            "select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where c.relkind in ('r', 'v', 'm', 'p')"
            " and (c.relname like '%%__dbt_tmp%%' or c.relname like '%%__dbt_backup%%')"
        ).fetchall()]


def snapshot_rows(conninfo: str) -> int:
    with psycopg.connect(conninfo) as conn:
        return conn.execute(
            "select (select count(*) from snapshots.snp_app__projects)"
            " + (select count(*) from snapshots.snp_app__team_members)"
        ).fetchone()[0]


@pytest.fixture(scope="module")
def firm(wh, tmp_path_factory):
    """A small firm with 1% defects, built once."""
    tmp = tmp_path_factory.mktemp("reliability")
    _recreate(wh, DB)
    conninfo = wh.conninfo(DB)
    gen.generate(conninfo, gen.Config(scale=0.05, seed=7, as_of=AS_OF, defect_rate=0.01))
    first = dbt(DB, tmp, "build")
    assert first.returncode == 0, first.stdout[-3000:]
    yield {"conninfo": conninfo, "tmp": tmp, "baseline": checksums(conninfo), "snapshots": snapshot_rows(conninfo)}
    _drop(wh, DB)


def test_two_builds_in_a_row_give_identical_marts(firm, figures):
    second = dbt(DB, firm["tmp"], "build")
    assert second.returncode == 0, second.stdout[-3000:]
    again = checksums(firm["conninfo"])
    assert again == firm["baseline"]
    assert snapshot_rows(firm["conninfo"]) == firm["snapshots"], "the second snapshot run added rows"
    figures.setdefault("reliability", {})["idempotency"] = {
        "relations_compared": len(again), "rows_compared": sum(n for n, _ in again.values())}


DASHBOARD_QUERIES = [
    "select count(*) from marts.fct_member_capacity_weekly",
    "select count(*) from marts.fct_member_utilization_monthly",
    "select count(*) from marts.fct_revenue_forecast_monthly",
    "select count(*) from marts.dim_team_members",
    "select count(*) from marts.dim_projects",
    "select count(*) from marts.fct_project_status_history",
    "select count(*) from marts.fct_actuals",
]


def test_readers_see_whole_marts_while_they_are_rebuilt(wh, firm, figures):
    with psycopg.connect(firm["conninfo"]) as conn:
        expected = {q: conn.execute(q).fetchone()[0] for q in DASHBOARD_QUERIES}
    assert all(expected.values()), expected
    stop = threading.Event()
    errors: list[str] = []
    wrong: list[tuple[str, int]] = []
    reads = [0]
    lock = threading.Lock()

    def reader() -> None:
        with psycopg.connect(wh.conninfo(DB, user=DASHBOARD_ROLE), autocommit=True) as conn:
            while not stop.is_set():
                for query in DASHBOARD_QUERIES:
                    try:
                        got = conn.execute(query).fetchone()[0]
                    except psycopg.Error as exc:
                        errors.append(f"{query}: {exc}")
                        continue
                    with lock:
                        reads[0] += 1
                    if got != expected[query]:
                        wrong.append((query, got))

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    rebuilds = 2
    try:
        for _ in range(rebuilds):
            result = dbt(DB, firm["tmp"], "run", "--select", "marts", "restricted", "--full-refresh")
            assert result.returncode == 0, result.stdout[-3000:]
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    figures.setdefault("reliability", {})["readers_during_rebuilds"] = {
        "rebuilds": rebuilds, "reader_connections": len(threads), "reads": reads[0], "errors": len(errors),
        "wrong_counts": len(wrong)}
    assert sorted({e.split(chr(10))[0] for e in errors}) == []
    assert wrong == []
    assert reads[0] > 100


def _wait_for_a_model_in_flight(conninfo: str, proc: subprocess.Popen, timeout: float = 300) -> str:
    """Blocks until dbt is writing a relation of a model (a __dbt_tmp
    relation in a statement), so the fault lands in the middle of a build."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(conninfo, autocommit=True) as conn:
        while time.monotonic() < deadline and proc.poll() is None:
            row = conn.execute(
                "select query from pg_stat_activity where datname = current_database()"
                " and pid <> pg_backend_pid() and state = 'active' and query like '%%__dbt_tmp%%' limit 1"
            ).fetchone()
            if row:
                return row[0]
            time.sleep(0.02)
    raise AssertionError("dbt finished or stalled before any model was in flight")


def _start_build(firm) -> subprocess.Popen:
    command, env = _dbt_command(DB, firm["tmp"], "build", "--full-refresh", "--exclude", "resource_type:seed")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _visible_to_readers_after_fault(wh, firm) -> None:
    # the marts the fault interrupted are the previous ones, whole
    with psycopg.connect(wh.conninfo(DB, user=DASHBOARD_ROLE)) as conn:
        for query in DASHBOARD_QUERIES:
            assert conn.execute(query).fetchone()[0] > 0, query


def _rerun_and_check(firm, fault: str, figures) -> None:
    # A transaction cut short leaves no __dbt_tmp relation (PostgreSQL rolls
    # it back). dbt drops the old copy (__dbt_backup) after the commit that
    # swapped the new one in, so a fault between the two leaves that copy
    # until the next run of the model, which drops it first thing.
    before = leftovers(firm["conninfo"])
    assert [name for name in before if "__dbt_tmp" in name] == [], before
    rerun = dbt(DB, firm["tmp"], "build")
    assert rerun.returncode == 0, rerun.stdout[-3000:]
    assert checksums(firm["conninfo"]) == firm["baseline"]
    assert leftovers(firm["conninfo"]) == []
    figures.setdefault("reliability", {}).setdefault("crash_recovery", {})[fault] = {
        "backups_left_by_the_fault": before, "left_after_rerun": 0}


def test_killing_dbt_mid_build_then_rerunning_recovers(wh, firm, figures):
    proc = _start_build(firm)
    try:
        in_flight = _wait_for_a_model_in_flight(firm["conninfo"], proc)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert "__dbt_tmp" in in_flight
    # the server notices the dead client and rolls its transactions back
    deadline = time.monotonic() + 30
    while leftovers(firm["conninfo"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    _visible_to_readers_after_fault(wh, firm)
    _rerun_and_check(firm, "dbt killed (SIGKILL) mid-build", figures)


# it stops the server every other test uses: make test runs it alone, after
# the parallel part (marker solo)
@pytest.mark.solo
def test_stopping_the_warehouse_mid_build_then_rerunning_recovers(wh, firm, figures):
    if not wh.embedded:
        pytest.skip("stops only the embedded warehouse, never a server it does not own")
    proc = _start_build(firm)
    try:
        _wait_for_a_model_in_flight(firm["conninfo"], proc)
        assert warehouse.stop(mode="immediate") == "stopped"
        assert proc.wait(timeout=300) != 0, "dbt should fail when its warehouse goes away"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        if not warehouse.is_running():
            warehouse.start(wh.port)
    _visible_to_readers_after_fault(wh, firm)
    _rerun_and_check(firm, "warehouse stopped (immediate) mid-build", figures)


@pytest.mark.parametrize("rate", [0.01, 0.20])
def test_defects_are_caught_quarantined_and_reconciled(wh, tmp_path, rate, figures):
    name = f"headroom_scratch_defects_{int(rate * 100)}"
    _recreate(wh, name)
    try:
        conninfo = wh.conninfo(name)
        gen.generate(conninfo, gen.Config(scale=0.05, seed=8, as_of=AS_OF, defect_rate=rate))
        result = dbt(name, tmp_path, "build")
        assert result.returncode == 0, result.stdout[-3000:]
        warned = re.search(r"WARN \d+ assert_quarantine_share_is_small", result.stdout) is not None
        with psycopg.connect(conninfo) as conn:
            injected = conn.execute(
                "select count(*) from simulator.defects where defect_class <> all(%s)", (list(NOT_REJECTED_CLASSES),)
            ).fetchone()[0]
            mismatched = conn.execute(
                """
                select count(*) from (
                    select table_name, row_id, defect_class from simulator.defects where defect_class <> all(%s)
                ) t
                full join quality.dq_rejected_rows q on q.source_table = t.table_name and q.source_id = t.row_id
                where t.row_id is null or q.source_id is null or q.reason_code <> t.defect_class
                """,
                (list(NOT_REJECTED_CLASSES),),
            ).fetchone()[0]
            caught = {r[0] for r in conn.execute("select distinct reason_code from quality.dq_rejected_rows")}
            planted = {r[0] for r in conn.execute(
                "select distinct defect_class from simulator.defects where defect_class <> all(%s)",
                (list(NOT_REJECTED_CLASSES),),
            )}
            without_reason = conn.execute(
                "select count(*) from quality.dq_rejected_rows where reason_description is null"
            ).fetchone()[0]
        assert injected > 0 and mismatched == 0 and without_reason == 0
        assert caught == planted
        if rate >= 0.2:  # enough rows for every class the generator knows, on every table
            assert planted == {c for cs in gen.DEFECT_CLASSES.values() for c in cs} - NOT_REJECTED_CLASSES
        # a 20% share trips the warning; 1% does not (the build succeeds either way)
        assert warned == (rate >= 0.05), result.stdout[-2000:]
        figures.setdefault("reliability", {}).setdefault("defects", {})[f"{rate:.0%}"] = {
            "injected": injected, "quarantined_with_reason": injected, "classes": len(caught), "warned": warned}
    finally:
        _drop(wh, name)
