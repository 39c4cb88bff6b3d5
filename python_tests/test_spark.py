"""The same project on Apache Spark (issues 19 and 33, decisions 38 and
51): both engines build the marts from the same app, and every mart's
checksum (rows, sums of every number to the cent, trues, first and last
days, counts of values) is the same on both, after a first build and again
after another working day (snapshots and the forecast history then hold
two builds, and the views that read the as-of day must follow it).

Run by `make test-spark` (kept out of `make test` by the `spark` marker):
real PostgreSQL, a real Spark standalone cluster (a master and two workers,
each its own JVM) with Iceberg tables, dbt reaching its SQL endpoint over
thrift. The loader, the comparison and the unit tests run in Spark
processes of their own beside it, on the same catalog. Every step runs as
its own `headroom` process, so this process never starts a JVM.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess

import psycopg
import pytest

from conftest import ROOT
from headroom import spark
from headroom.spark_bench import next_working_day

pytestmark = pytest.mark.spark

DATABASE = "headroom_spark_test"
SCALE = "0.3"
HEADROOM = str(ROOT / ".venv" / "bin" / "headroom")
# Spark's state of the test (its tables, catalog and cluster logs), never
# `make run-spark`'s
SPARK_DIR = ROOT / ".headroom" / "spark-test"


@pytest.fixture(scope="module", autouse=True)
def java():
    problem = spark.java_problem()
    if problem:
        pytest.skip(f"SPARK TESTS SKIPPED: {problem}")


def headroom(*args: str, expect: int = 0) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if args[0] != "db":
        env["PGDATABASE"] = DATABASE
    env["HEADROOM_SPARK_DIR"] = str(SPARK_DIR)
    done = subprocess.run([HEADROOM, *args], env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != expect:
        pytest.fail(f"headroom {' '.join(args)} exited {done.returncode}, not {expect}:\n"
                    f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


def build_both(as_of: dt.date, *, full_refresh: bool) -> subprocess.CompletedProcess:
    """Both engines build; returns what `headroom spark load` said."""
    dbt_vars = ["--vars", f"{{as_of_date: {as_of.isoformat()}}}"]
    refresh = ["--full-refresh"] if full_refresh else []
    headroom("dbt", "build", *refresh, *dbt_vars)
    loaded = headroom("spark", "load")
    # the cluster builds as the daily job does, without the unit tests
    # (decision 33); they run on Spark in test_the_unit_tests_pass_on_spark
    headroom("dbt", "build", "--target", "cluster", "--exclude-resource-type", "unit_test", *refresh, *dbt_vars)
    return loaded


@pytest.fixture(scope="module", autouse=True)
def cluster(java, wh):
    """The cluster of `make cluster-up`, on the test's own Spark state;
    stopped at the end whatever happened. The test's database is made
    first: `cluster up` wants the warehouse it reaches, as a fresh clone's
    CI has it (the catalog's own database is made by `cluster up`)."""
    headroom("cluster", "down")
    headroom("db", "recreate", DATABASE)
    headroom("spark", "reset")
    headroom("cluster", "up")
    yield
    headroom("cluster", "down")


def compared(done: subprocess.CompletedProcess) -> tuple[int, int, set[str]]:
    """(values, tables, table names) from `headroom spark compare`."""
    found = re.search(r"([\d,]+) values of (\d+) tables compared", done.stdout)
    assert found, done.stdout
    tables = {line.split()[0] for line in done.stdout.splitlines() if re.match(r"^\w+\.\w+\s+\d+\s+\d+$", line)}
    return int(found.group(1).replace(",", "")), int(found.group(2)), tables


@pytest.fixture(scope="module")
def first_day(wh, test_as_of):
    headroom("app", "generate", "--scale", SCALE, "--seed", "42", "--defects", "0.02",
             "--as-of", test_as_of.isoformat())
    # money the app must never have (the simulator writes none): unknown
    # on both engines, listed in dq_invalid_values on both
    with psycopg.connect(wh.conninfo(DATABASE), autocommit=True) as conn:
        conn.execute("update app.team_members set cost_rate = -1 where id = (select min(id) from app.team_members"
                     " where deleted_at is null and cost_rate is not null)")
        conn.execute("update app.projects set hourly_rate = -5 where id = (select min(id) from app.projects"
                     " where deleted_at is null and hourly_rate is not null)")
    build_both(test_as_of, full_refresh=True)
    return test_as_of


@pytest.fixture(scope="module")
def marts(wh, first_day) -> set[str]:
    """Every table and view the PostgreSQL build made in the compared schemas
    (but a data test's stored rows, kept on PostgreSQL only)."""
    from headroom.engines import NOT_COMPARED

    with psycopg.connect(wh.conninfo(DATABASE)) as conn:
        return {row[0] for row in conn.execute(
            "select table_schema || '.' || table_name from information_schema.tables"
            " where table_schema in ('marts', 'restricted', 'quality', 'snapshots')"
        )} - set(NOT_COMPARED)


def test_every_mart_is_the_same_on_both_engines(wh, first_day, marts):
    done = headroom("spark", "compare")
    values, tables, names = compared(done)
    assert "the same on both engines" in done.stdout
    # every mart compared, each on more than its row count
    assert names == marts
    assert {"marts.fct_actuals", "marts.fct_revenue_forecast_monthly", "marts.fct_member_capacity_weekly",
            "restricted.fct_actuals_priced", "quality.dq_rejected_rows"} <= names
    assert values > 10 * tables
    with psycopg.connect(wh.conninfo(DATABASE)) as conn:
        invalid = conn.execute("select count(*) from quality.dq_invalid_values").fetchone()[0]
    # the negative rates are in the quarantine (and, compared, on Spark too)
    assert invalid >= 2


def test_a_cent_off_on_one_engine_is_found(wh, first_day):
    """The comparison fails on one cent: the hours of one row of
    fct_actuals on PostgreSQL are changed by 0.01 (and changed back)."""
    change = """
        update marts.fct_actuals set hours = hours + {delta}
        where actual_id = (select min(actual_id) from marts.fct_actuals)
    """
    with psycopg.connect(wh.conninfo(DATABASE), autocommit=True) as conn:
        conn.execute(change.format(delta="0.01"))
    try:
        done = headroom("spark", "compare", expect=1)
    finally:
        with psycopg.connect(wh.conninfo(DATABASE), autocommit=True) as conn:
            conn.execute(change.format(delta="-0.01"))
    assert "DIFFERS marts.fct_actuals sum(hours)" in done.stderr
    assert "1 differ" in done.stdout


def test_the_unit_tests_pass_on_spark(first_day):
    """dbt's unit tests, hand-computed rows, on Spark: in a Spark process
    of their own (dbt's session method) beside the cluster, on the same
    catalog, which holds the relations they take their types from."""
    done = headroom("dbt", "test", "--target", "spark", "--select", "test_type:unit")
    found = re.search(r"PASS=(\d+) WARN=0 ERROR=0", done.stdout)
    assert found and int(found.group(1)) > 30, done.stdout[-2000:]


def test_another_working_day_on_both_engines(wh, first_day, marts):
    """A working day later: the app moves (edits, new hours, status
    changes), each engine builds again (PostgreSQL incrementally, Spark
    whole but for the snapshots and the forecast history, which keep the
    first day's rows), and the marts, snapshots and history still agree."""
    day = next_working_day(first_day)
    headroom("app", "advance", "--days", str((day - first_day).days))
    # and a project renamed in the app that day, so that each engine's
    # snapshot closes a version; an actuals row deleted outright, and
    # another deleted and inserted again under its id with other hours
    # (the later of the two counts, contract v3)
    with psycopg.connect(wh.conninfo(DATABASE), autocommit=True) as conn:
        conn.execute(
            "update app.projects set name = name || ' (renamed)', updated_at = %s"
            " where id = (select min(id) from app.projects where deleted_at is null)",
            (dt.datetime.combine(day, dt.time(10)),),
        )
        gone, again = [row[0] for row in conn.execute(
            "select id from app.actuals where deleted_at is null and hours < 8 order by id limit 2")]
        conn.execute("delete from app.actuals where id = %s", (gone,))
        conn.execute("create temporary table again as select * from app.actuals where id = %s", (again,))
        conn.execute("delete from app.actuals where id = %s", (again,))
        conn.execute("update again set hours = hours + 1, _replicated_at = now()")
        conn.execute("insert into app.actuals select * from again")
    loaded = build_both(day, full_refresh=False)
    # the app landed in Spark from the change feed, not whole
    landed = re.search(r"app\.actuals in Spark: [\d,]+ rows, ([\d,]+) changed, ([\d,]+) deleted", loaded.stdout)
    assert landed, loaded.stdout
    assert int(landed.group(2).replace(",", "")) >= 1
    done = headroom("spark", "compare", "--app")
    assert "the same in Spark as in the app" in done.stdout
    done = headroom("spark", "compare")
    assert "the same on both engines" in done.stdout
    with psycopg.connect(wh.conninfo(DATABASE)) as conn:
        days_recorded = conn.execute("select count(distinct as_of_on) from snapshots.forecast_versions").fetchone()[0]
        versions, closed = conn.execute(
            "select count(*), count(dbt_valid_to) from snapshots.snp_app__projects").fetchone()
    # both builds are in the history, and some project changed between
    # them: the checksums (first and last as_of_on, counts of dbt_valid_to)
    # hold Spark to the same
    assert days_recorded == 2
    assert 0 < closed < versions


def test_a_rebuilt_replica_lands_whole(wh, first_day):
    """The replica rebuilt (a new epoch, new stamps everywhere, three
    deletes it never logged): the next landing copies every app table
    whole and says why, Spark then holds the app row for row, and the
    landing after it reads the change feed again."""
    headroom("app", "resync", "--lose-deletes", "3")
    done = headroom("spark", "load")
    assert "app.actuals in Spark" in done.stdout
    assert "whole (the replica was rebuilt (epoch" in done.stdout
    assert "the same in Spark as in the app" in headroom("spark", "compare", "--app").stdout
    # (the versions of the settle window are read again: merged, they
    # change nothing)
    done = headroom("spark", "load")
    assert re.search(r"app\.actuals in Spark: [\d,]+ rows, [\d,]+ changed, 0 deleted", done.stdout), done.stdout
    # Iceberg's upkeep, every snapshot but the newest expired: each of the
    # 8 tables of schema app has landed whole twice (the first day, the
    # rebuilt replica) and at least once more, so at least 2 of its
    # snapshots go, with their files; the rows stay
    done = headroom("spark", "maintain", "--schema", "app", "--keep-days", "0", "--keep-last", "1")
    expired = re.search(r"8 tables, [\d,]+ data files rewritten, ([\d,]+) snapshots expired, ([\d,]+) files deleted",
                        done.stdout)
    assert expired and int(expired.group(1)) >= 16 and int(expired.group(2)) > 0, done.stdout
    assert "the same in Spark as in the app" in headroom("spark", "compare", "--app").stdout
