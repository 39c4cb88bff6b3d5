"""`headroom backup` and `headroom restore` (issue 31, finding 7): what only
the warehouse holds (the snapshots, the forecast history, the run history)
comes back from a backup. A small firm is built two days running and
backed up; the control builds a third day. Then the warehouse is lost
(every schema but the app's dropped), restored, and the third day built
again: the marts and the history must equal the control's, which never
lost anything. And a restore never destroys: it refuses tables that still
hold rows, a damaged dump, a directory that is no backup."""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest

from conftest import UNIT_TESTS_LEFT_OUT, checksum, fresh_database, run_cli
from headroom.cli import child_env
from headroom.simulator import advance as adv
from headroom.simulator import generate as gen
from headroom.tools import AS_OF_ENV

NAME = "headroom_scratch_backup"
AS_OF = dt.date(2026, 11, 16)
# stamped by the real clock when a build runs: two builds of the same day
# differ there, and nowhere else
CLOCK_COLUMNS = ("dbt_updated_at", "dbt_valid_to")


def warehouse_state(conn) -> dict:
    """Checksums of every mart and every snapshot and history table (real
    clock columns left out), and the current versions of each snapshot."""
    tables = [f"{s}.{t}" for s, t in conn.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in ('marts', 'snapshots') order by 1, 2").fetchall()]
    assert len(tables) > 15
    state = {table: checksum(conn, table, leave_out=CLOCK_COLUMNS) for table in tables}
    for table in ("snapshots.snp_app__projects", "snapshots.snp_app__team_members"):
        state[f"{table} current"] = conn.execute(
            f"select count(*) filter (where dbt_valid_to is null) from {table}").fetchone()[0]
    return state


@pytest.fixture(scope="module")
def lost_and_restored(wh, tmp_path_factory):
    target = tmp_path_factory.mktemp("backup-target")
    saved = tmp_path_factory.mktemp("backups") / "nightly"
    with fresh_database(wh, NAME) as conninfo:
        gen.generate(conninfo, gen.Config(scale=0.05, seed=41, as_of=AS_OF, defect_rate=0.01))

        def build(day: dt.date) -> None:
            env = {**child_env(wh, NAME), "DBT_TARGET_PATH": str(target), AS_OF_ENV: day.isoformat()}
            result = run_cli("dbt", "build", *UNIT_TESTS_LEFT_OUT, env=env)
            assert result.returncode == 0, result.stdout[-4000:]

        build(AS_OF)
        adv.advance(conninfo, 1)
        build(AS_OF + dt.timedelta(days=1))
        made = run_cli("backup", str(saved), env={"PGDATABASE": NAME})
        assert made.returncode == 0, made.stdout + made.stderr
        adv.advance(conninfo, 1)
        build(AS_OF + dt.timedelta(days=2))
        with psycopg.connect(conninfo) as conn:
            control = warehouse_state(conn)
            history_rows = conn.execute("select count(*) from snapshots.forecast_versions").fetchone()[0]
        yield {"conninfo": conninfo, "saved": saved, "build": build, "control": control,
               "history_rows": history_rows}


def lose_the_warehouse(conninfo: str) -> None:
    """Every schema but the app's (and the simulator's record of it) gone."""
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for (schema,) in conn.execute(
                "select nspname from pg_namespace where nspname not in ('app', 'simulator', 'public')"
                " and nspname not like 'pg\\_%' and nspname <> 'information_schema'").fetchall():
            conn.execute(f'drop schema "{schema}" cascade')


def test_a_restored_warehouse_equals_one_that_lost_nothing(lost_and_restored):
    state = lost_and_restored
    manifest = json.loads((state["saved"] / "manifest.json").read_text())
    assert manifest["tables"]["snapshots.forecast_versions"] > 0
    assert {"monitoring.invocations", "monitoring.node_results", "snapshots.snp_app__projects",
            "snapshots.snp_app__team_members"} <= set(manifest["tables"])
    lose_the_warehouse(state["conninfo"])
    restored = run_cli("restore", str(state["saved"]), env={"PGDATABASE": NAME})
    assert restored.returncode == 0, restored.stdout + restored.stderr
    with psycopg.connect(state["conninfo"]) as conn:
        for table, rows in manifest["tables"].items():
            assert checksum(conn, table)[0] == rows, table
    state["build"](AS_OF + dt.timedelta(days=2))
    with psycopg.connect(state["conninfo"]) as conn:
        after = warehouse_state(conn)
        # the run history of before the loss is back, and the day's build added to it
        runs = conn.execute("select count(*) from monitoring.invocations").fetchone()[0]
    assert after == state["control"]
    assert runs == manifest["tables"]["monitoring.invocations"] + 1


def test_a_restore_refuses_to_overwrite_and_changes_nothing(lost_and_restored, tmp_path):
    state = lost_and_restored
    with psycopg.connect(state["conninfo"]) as conn:
        before = checksum(conn, "snapshots.forecast_versions")
    refused = run_cli("restore", str(state["saved"]), env={"PGDATABASE": NAME})
    assert refused.returncode == 2 and "--replace" in refused.stderr, refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    # a damaged dump, a directory that is no backup, a backup over a backup
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for part in state["saved"].iterdir():
        (damaged / part.name).write_bytes(part.read_bytes())
    dump = damaged / "warehouse-only.dump"
    dump.write_bytes(dump.read_bytes()[:-10] + b"0123456789")
    for argv, said in ((["restore", str(damaged), "--replace"], "damaged"),
                       (["restore", str(tmp_path)], "manifest.json"),
                       (["backup", str(state["saved"])], "never overwrites")):
        result = run_cli(*argv, env={"PGDATABASE": NAME})
        assert result.returncode == 2 and said in result.stderr, (argv, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    with psycopg.connect(state["conninfo"]) as conn:
        assert checksum(conn, "snapshots.forecast_versions") == before


def test_replace_restores_over_what_is_there(lost_and_restored):
    state = lost_and_restored
    replaced = run_cli("restore", str(state["saved"]), "--replace", env={"PGDATABASE": NAME})
    assert replaced.returncode == 0, replaced.stdout + replaced.stderr
    manifest = json.loads((state["saved"] / "manifest.json").read_text())
    with psycopg.connect(state["conninfo"]) as conn:
        assert checksum(conn, "snapshots.forecast_versions")[0] == manifest["tables"]["snapshots.forecast_versions"]
