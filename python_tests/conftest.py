"""Shared fixtures: the tests talk to a real PostgreSQL (the warehouse the
README's test command started), never to a mock."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from headroom import settings, warehouse
from headroom.tools import AS_OF_ENV

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT.parent / "shared" / "upstream" / "headroom-app.md"


# make test runs pytest on two workers (pytest-xdist). The modules that
# use the suite's built database, or run dbt on it with the project's own
# target/ folder, share both: one group, so one worker runs them one after
# the other. Every other module has a database and a target folder of its
# own, and is a group of itself, so its module-scoped firm is built once
# and its tests run in order. (xdist's own loadgroup does not group under
# pytest 9: it renames node ids through an attribute pytest 9 no longer
# reads; a scheduler of xdist's by scope, told our groups, does.)
SUITE_DATABASE_MODULES = {
    "test_analyses", "test_cli", "test_contracts", "test_dashboard", "test_docs_site", "test_drift",
    "test_fx_rates", "test_quarantine", "test_security", "test_semantic_layer", "test_slim_ci",
}


def xdist_group_of(nodeid: str) -> str:
    """The group a test runs in: its module, or the suite's database."""
    module = nodeid.split("::", 1)[0].rsplit("/", 1)[-1].removesuffix(".py")
    return "suite_database" if module in SUITE_DATABASE_MODULES else module


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_group_of(nodeid)

    return ByGroup(config, log)


@pytest.fixture(scope="session")
def wh() -> settings.Warehouse:
    resolved = settings.resolve()
    up, line = warehouse.status_line(resolved)
    if not up:
        pytest.fail(f"the warehouse is not up ({line}); run the tests with `make test`")
    return resolved


@pytest.fixture(scope="session")
def built_db(wh) -> str:
    """The database `make test` generated and built with dbt."""
    with psycopg.connect(wh.conninfo()) as conn:
        found = conn.execute("select to_regclass('quality.dq_rejected_rows')").fetchone()[0]
    if found is None:
        pytest.fail(f"{wh.database} has no dbt build; run the tests with `make test`")
    return wh.database


@pytest.fixture(scope="session")
def test_as_of() -> dt.date:
    return dt.date.fromisoformat(os.environ.get("HEADROOM_TEST_AS_OF", "2026-11-20"))


@contextlib.contextmanager
def fresh_database(wh, name: str):
    """An empty database `name` on the suite's server (dropped first if a
    run left it), dropped again afterwards; yields its conninfo."""
    admin = wh.conninfo("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')
    try:
        yield wh.conninfo(name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')


@pytest.fixture
def scratch_db(wh):
    """A throw-away database on the same server, dropped afterwards."""
    name = f"headroom_scratch_{os.getpid()}"
    with fresh_database(wh, name):
        yield name


def run_cli(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "headroom.cli", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# The dbt unit tests hold the SQL to mocked rows, whatever the data: they
# run in make test's own build (and CI's). The builds of a test's own firm
# leave them out, as the daily job does (decision 33), which saves about a
# fifth of each build.
UNIT_TESTS_LEFT_OUT = ("--exclude-resource-type", "unit_test")


@contextlib.contextmanager
def simulated_firm(wh, name: str, target_dir: Path, config):
    """A fresh database `name` holding the app the simulator generates with
    `config` (a headroom.simulator.generate.Config). Yields its conninfo and
    build(*args): a `dbt build` as of the config's day that must succeed.
    dbt keeps its files in `target_dir`: the project's target/ belongs to
    the suite's database."""
    from headroom import cli as headroom_cli
    from headroom.simulator import generate as gen

    with fresh_database(wh, name) as conninfo:
        gen.generate(conninfo, config)
        # the day in the environment, as the daily job gives it (decision 41)
        env = {**headroom_cli.child_env(wh, name), "DBT_TARGET_PATH": str(target_dir),
               AS_OF_ENV: config.as_of.isoformat()}

        def build(*args: str) -> None:
            result = run_cli("dbt", "build", *UNIT_TESTS_LEFT_OUT, *args, env=env)
            assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]

        yield conninfo, build


PROJECT_PARTS = ("dbt_project.yml", "profiles.yml.example", "models", "macros", "seeds", "snapshots", "tests",
                 "analyses")


def project_copy(into: Path) -> Path:
    """A copy of the dbt project in `into`, for a test that changes it (run
    the CLI with HEADROOM_PROJECT_DIR pointing there)."""
    into.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, into / part)
    return into


FIGURES = ROOT / "target" / "reliability-figures.json"


@pytest.fixture(scope="session")
def figures():
    """Figures of the reliability and security tests (faults tried, rows
    checked, attempts denied), written to target/reliability-figures.json
    at the end of the session; docs/reliability.md quotes the last run."""
    import json

    found: dict[str, dict] = {}
    yield found
    if found:
        old = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
        old.update(found)
        FIGURES.parent.mkdir(exist_ok=True)
        FIGURES.write_text(json.dumps(old, indent=2, sort_keys=True, default=str) + "\n")


# The incremental models, by name: what test_advance and
# test_incremental_heals hold equal to a full refresh.
INCREMENTAL_MODELS = {
    "base_app__actuals": "staging.base_app__actuals",
    "int_actuals_priced": "intermediate.int_actuals_priced",
    "fct_actuals": "marts.fct_actuals",
    "int_allocation_days": "intermediate.int_allocation_days",
    # incremental by period (decision 21)
    "int_member_days": "intermediate.int_member_days",
    "int_member_capacity_weekly": "intermediate.int_member_capacity_weekly",
    "int_member_utilization_monthly": "intermediate.int_member_utilization_monthly",
    "int_revenue_forecast_monthly": "intermediate.int_revenue_forecast_monthly",
}
# bookkeeping: when the warehouse staged a row and where it was before it
# moved, which a full refresh resets, and when a forecast version was recorded
BOOKKEEPING_COLUMNS = ("staged_at", "replaced_team_member_id", "replaced_project_id", "replaced_worked_on",
                      "recorded_at")


def checksum(conn, table: str, leave_out: tuple[str, ...] = ()) -> tuple[int, str]:
    """Row count and an md5 over every row of `table` (bookkeeping columns
    and `leave_out` left out), in text order. The tombstones of rows deleted
    outright (decision 39) are bookkeeping too: a full refresh has none."""
    schema, name = table.split(".")
    names = [r[0] for r in conn.execute(
        "select column_name from information_schema.columns where table_schema = %s and table_name = %s"
        " order by ordinal_position", (schema, name)).fetchall()]
    columns = [c for c in names if c not in BOOKKEEPING_COLUMNS and c not in leave_out]
    live = "where t.rejection_reason is distinct from 'deleted_outright'" if "rejection_reason" in names else ""
    row = "(" + ", ".join(f't."{c}"' for c in columns) + ")::text"
    return conn.execute(
        f"select count(*), md5(coalesce(string_agg({row}, '|' order by {row}), '')) from {table} as t {live}"
    ).fetchone()

