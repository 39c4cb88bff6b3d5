"""Slim CI (issue 16, decision 29): `headroom ci --state DIR` builds and
tests only what a change touches, into ci_* schemas beside production,
deferring to production for the rest; its result equals a full build of
the same change."""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest

from conftest import checksum, project_copy, run_cli, simulated_firm
from headroom import slim_ci
from headroom.simulator import generate as gen
from headroom.tools import AS_OF_ENV

AS_OF = dt.date(2026, 11, 18)
NAME = "headroom_scratch_slim_ci"
CHANGED = "models/intermediate/finance/int_support_fee_months.sql"
# by hand, from the DAG: the model changed and everything downstream of it
BUILT = {
    "int_support_fee_months": "intermediate.int_support_fee_months",
    # its fee months start the forecast's window, which the change set reads
    "int_changed_project_months": "intermediate.int_changed_project_months",
    "int_revenue_forecast_monthly": "intermediate.int_revenue_forecast_monthly",
    "fct_revenue_forecast_monthly": "marts.fct_revenue_forecast_monthly",
    "fct_revenue_forecast_by_type_monthly": "marts.fct_revenue_forecast_by_type_monthly",
    "fct_revenue_forecast_by_client_monthly": "marts.fct_revenue_forecast_by_client_monthly",
    "int_project_budget_burn_monthly": "intermediate.int_project_budget_burn_monthly",
    "fct_project_budget_burn_monthly": "marts.fct_project_budget_burn_monthly",
    "int_project_budget_burn": "intermediate.int_project_budget_burn",
    "fct_project_budget_burn": "marts.fct_project_budget_burn",
    "fct_project_portfolio": "marts.fct_project_portfolio",
    "fct_fixed_fee_contracts": "marts.fct_fixed_fee_contracts",
    "forecast_versions": "snapshots.forecast_versions",
    "fct_forecast_accuracy_monthly": "marts.fct_forecast_accuracy_monthly",
}

# the tables compared by content: a change set lists what its readers lack,
# which depends on where they left off, not on the data alone
COMPARED = {name: table for name, table in BUILT.items() if not name.startswith("int_changed_")}


def slim_ci_env(wh, database: str = NAME) -> dict:
    from headroom import cli as headroom_cli

    return headroom_cli.child_env(wh, database)


def _change(project) -> None:
    """The change under review: support fees are booked in whole dollars."""
    path = project / CHANGED
    sql = path.read_text()
    old = "month_end_statuses.monthly_fee * fx_rates.usd_per_unit\n"
    assert sql.count(old) == 1
    path.write_text(sql.replace(old, "round(month_end_statuses.monthly_fee * fx_rates.usd_per_unit)\n"))


def test_a_change_builds_only_it_and_its_children_and_equals_a_full_build(wh, tmp_path):
    config = gen.Config(scale=0.05, seed=53, as_of=AS_OF, defect_rate=0.01)
    with simulated_firm(wh, NAME, tmp_path / "production", config) as (conninfo, build):
        build()
        state = tmp_path / "state"
        state.mkdir()
        (state / "manifest.json").write_bytes((tmp_path / "production" / "manifest.json").read_bytes())
        project = project_copy(tmp_path / "project")
        _change(project)
        env = {**slim_ci_env(wh), "HEADROOM_PROJECT_DIR": str(project), "DBT_TARGET_PATH": str(tmp_path / "pr")}
        with psycopg.connect(conninfo, autocommit=True) as conn:
            before = {name: checksum(conn, table) for name, table in COMPARED.items()}

            result = run_cli("ci", "--state", str(state), "--as-of", str(AS_OF), env=env)
            assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]

            # only the changed model and its children were built ...
            run = json.loads((tmp_path / "pr" / "ci" / "run_results.json").read_text())
            manifest = json.loads((tmp_path / "pr" / "ci" / "manifest.json").read_text())
            models = {r["unique_id"].split(".")[-1] for r in run["results"] if r["unique_id"].startswith("model.")}
            assert models == set(BUILT)
            assert not [r for r in run["results"] if r["unique_id"].split(".")[0] in ("seed", "snapshot")]
            # ... every test run checks one of them, and their own tests all ran
            built_ids = {f"model.headroom.{name}" for name in BUILT}
            tested = [r["unique_id"] for r in run["results"] if r["unique_id"].startswith("test.")]
            assert tested and all(set(manifest["nodes"][t]["depends_on"]["nodes"]) & built_ids for t in tested)
            assert {t for t, node in manifest["nodes"].items() if t.startswith("test.")
                    and node.get("attached_node") in built_ids} <= set(tested)
            # ... beside production, which it did not touch
            ci_tables = conn.execute(
                "select table_schema || '.' || table_name from information_schema.tables"
                " where table_schema like 'ci\\_%' and table_schema <> 'ci_monitoring'"
                " and table_name not in ('incremental_state', 'dq_reconciliation_gaps')").fetchall()
            assert {t for (t,) in ci_tables} == {f"ci_{table}" for table in BUILT.values()}
            assert {name: checksum(conn, table) for name, table in COMPARED.items()} == before
            in_ci = {name: checksum(conn, f"ci_{table}") for name, table in COMPARED.items()}
            assert in_ci["fct_revenue_forecast_monthly"] != before["fct_revenue_forecast_monthly"]

            # the same change built in full from nothing gives the same
            # tables (the models only: their tests ran in the CI build)
            full = run_cli("dbt", "run", "--full-refresh",
                           env={**env, "DBT_TARGET_PATH": str(tmp_path / "full"), AS_OF_ENV: str(AS_OF)})
            assert full.returncode == 0, full.stdout[-4000:] + full.stderr[-2000:]
            assert {name: checksum(conn, table) for name, table in COMPARED.items()} == in_ci


def test_without_a_production_manifest_it_says_where_to_get_one(wh, built_db, tmp_path):
    result = run_cli("ci", "--state", str(tmp_path), env=slim_ci_env(wh, built_db))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "no production manifest" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [
    b"\x00\xff garbage \x13", b'{"error": "NoSuchKey", "message": "The specified key does not exist."}',
    b'["not", "a", "manifest"]', b'{"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v6.json"}}',
], ids=["garbage-bytes", "an-error-page", "a-list", "run-results"])
def test_a_manifest_that_is_no_manifest_gets_one_line_and_touches_nothing(wh, built_db, tmp_path, content):
    (tmp_path / "manifest.json").write_bytes(content)
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        before = conn.execute("select count(*) from pg_catalog.pg_namespace").fetchone()[0]
    result = run_cli("ci", "--state", str(tmp_path), env=slim_ci_env(wh, built_db))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "manifest" in result.stderr
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        assert conn.execute("select count(*) from pg_catalog.pg_namespace").fetchone()[0] == before


def test_the_daily_job_keeps_its_manifest_where_ci_looks(tmp_path, monkeypatch):
    monkeypatch.setenv("HEADROOM_PROJECT_DIR", str(tmp_path))
    (tmp_path / "target").mkdir()
    (tmp_path / "target" / "manifest.json").write_text('{"nodes": {}}')
    kept = slim_ci.keep_production_state(tmp_path / "target", "warehouse_x", AS_OF, "inv-1")
    assert kept == slim_ci.production_dir("warehouse_x") == tmp_path / ".headroom" / "production" / "warehouse_x"
    assert (kept / "manifest.json").read_text() == '{"nodes": {}}'
    assert json.loads((kept / "production.json").read_text())["as_of"] == str(AS_OF)
