"""Schema drift upstream: a new column warns, a dropped or retyped one
stops the build with a message naming the column; nothing is rebuilt.

The drifted upstream is a copy of the app schema (`app_drift`, empty
tables), selected through HEADROOM_APP_SCHEMA, so the built test database
is never touched."""

import psycopg
import pytest

from conftest import run_cli
from headroom.simulator import schema

DRIFT = "app_drift"


@pytest.fixture
def drifted(wh, built_db):
    with psycopg.connect(wh.conninfo(built_db), autocommit=True) as conn:
        conn.execute(f"drop schema if exists {DRIFT} cascade")
        conn.execute(f"create schema {DRIFT}")
        for table in [*schema.APP_TABLES, *schema.REPLICA_TABLES]:
            conn.execute(f"create table {DRIFT}.{table} (like app.{table} including all)")
        yield conn
        conn.execute(f"drop schema if exists {DRIFT} cascade")


def dbt_against_drift(*args, test_as_of):
    return run_cli("dbt", *args, "--exclude", "assert_no_app_row_vanishes", "--vars", f"{{as_of_date: {test_as_of}}}", env={"HEADROOM_APP_SCHEMA": DRIFT})


def test_no_drift_no_message(drifted, test_as_of):
    result = dbt_against_drift("test", "--select", "source:app.users", test_as_of=test_as_of)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "Schema drift" not in result.stdout


def test_added_column_warns_and_goes_on(drifted, test_as_of):
    drifted.execute(f"alter table {DRIFT}.users add column nickname text")
    result = dbt_against_drift("test", "--select", "source:app.users", test_as_of=test_as_of)
    assert result.returncode == 0, result.stdout[-2000:]
    assert f"new column(s) {DRIFT}.users.nickname" in result.stdout


def test_retyped_column_fails_naming_it(drifted, test_as_of):
    drifted.execute(f"alter table {DRIFT}.actuals alter column hours type double precision")
    result = dbt_against_drift("test", "--select", "source:app.actuals", test_as_of=test_as_of)
    assert result.returncode != 0
    assert f"column {DRIFT}.actuals.hours is double precision not null, declared numeric(5,2) not null" in result.stdout


@pytest.mark.parametrize(
    "change, words",
    [
        ("alter column hours type numeric(8,3)", "hours is numeric(8,3) not null, declared numeric(5,2) not null"),
        ("alter column source type varchar(64)",
         "source is character varying(64) not null, declared character varying(32) not null"),
        ("alter column hours drop not null", "hours is numeric(5,2), declared numeric(5,2) not null"),
    ],
)
def test_a_new_precision_length_or_nullability_fails_naming_it(drifted, test_as_of, change, words):
    drifted.execute(f"alter table {DRIFT}.actuals {change}")
    result = dbt_against_drift("test", "--select", "source:app.actuals", test_as_of=test_as_of)
    assert result.returncode != 0
    assert f"column {DRIFT}.actuals.{words}" in result.stdout, result.stdout[-2000:]


def test_dropped_column_fails_and_keeps_what_was_built(drifted, test_as_of):
    before = drifted.execute("select count(*), max(source_id) from quality.dq_rejected_rows").fetchone()
    drifted.execute(f"alter table {DRIFT}.projects drop column monthly_fee")
    result = dbt_against_drift("build", "--select", "dq_rejected_rows", test_as_of=test_as_of)
    assert result.returncode != 0
    assert f"column {DRIFT}.projects.monthly_fee was dropped" in result.stdout
    after = drifted.execute("select count(*), max(source_id) from quality.dq_rejected_rows").fetchone()
    assert after == before and before[0] > 0
