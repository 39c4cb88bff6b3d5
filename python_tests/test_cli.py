"""The command line: clear one-line errors, never a traceback; the embedded
warehouse's life cycle on a server of its own."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from pathlib import Path

import psycopg
import pytest

from conftest import ROOT, run_cli


def one_line_error(result) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    "args, words",
    [
        (["app", "generate", "--scale", "ten"], "scale 'ten' is not a number"),
        (["app", "generate", "--scale", "5000"], "outside"),
        (["app", "generate", "--as-of", "2026-13-01"], "not a real calendar day"),
        (["app", "generate", "--defects", "0.9"], "outside"),
    ],
)
def test_bad_arguments_get_one_clear_line(args, words):
    result = run_cli(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_port_setting_gets_one_clear_line():
    line = one_line_error(run_cli("warehouse", "status", env={"PGHOST": "", "HEADROOM_PG_PORT": "port"}))
    assert "HEADROOM_PG_PORT" in line


def test_a_warehouse_that_is_down_gets_one_line():
    free = _free_port()
    env = {"PGHOST": "127.0.0.1", "PGPORT": str(free)}
    line = one_line_error(run_cli("dbt", "ls", env=env))
    assert "127.0.0.1" in line and str(free) in line


@pytest.mark.parametrize("value", ["2026-02-31", "yesterday", "2026-1-5"])
def test_malformed_as_of_date_gets_one_line(wh, value):
    line = one_line_error(run_cli("dbt", "ls", "--vars", f"{{as_of_date: {value}}}"))
    assert f"as_of_date={value}" in line


def dbt_directly(wh, *args: str):
    """dbt itself, past the wrapper (a user calling dbt directly)."""
    import subprocess
    import sys

    from headroom.cli import child_env

    dbt = Path(sys.executable).parent / "dbt"
    return subprocess.run([str(dbt), *args], cwd=ROOT, env=child_env(wh), capture_output=True, text=True,
                          timeout=300)


def test_dbt_itself_refuses_a_malformed_as_of_date(wh):
    # Past the wrapper (a user calling dbt directly): the project's own check.
    result = dbt_directly(wh, "compile", "--select", "dq_rejected_rows", "--vars", "{as_of_date: '2026-1-5'}")
    assert result.returncode != 0
    assert "as_of_date=2026-1-5 is not a date in the form YYYY-MM-DD" in result.stdout


@pytest.mark.parametrize(
    "variables, words",
    [
        ("{anomaly_row_count_change: \"0.5; drop table marts.dim_projects; --\"}", "var anomaly_row_count_change="),
        ("{dashboard_role: 'x; drop role headroom_analyst'}", "var dashboard_role="),
        ("{finance_role: headroom_analyst}", "three different roles"),
        ("{calendar_end: '2030-31-12 or 1=1'}", "var calendar_end="),
        # roles that stand for more than one reader: every role, PostgreSQL's
        # own, the owner, a role with powers
        ("{finance_role: public}", "var finance_role=public is a reserved role"),
        ("{finance_role: pg_read_all_data}", "var finance_role=pg_read_all_data is a reserved role"),
        ("{analyst_role: postgres}", "var analyst_role=postgres is a reserved role"),
        # an as-of day the calendar cannot place, refused before anything runs
        ("{as_of_date: '2016-05-01'}", "var as_of_date=2016-05-01 is outside the calendar"),
        ("{as_of_date: '2035-01-01'}", "var as_of_date=2035-01-01 is outside the calendar"),
    ],
)
def test_vars_that_reach_sql_are_validated(wh, variables, words):
    result = dbt_directly(wh, "run", "--select", "int_calendar_days", "--vars", variables)
    assert result.returncode != 0
    assert words in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def own_project_dir():
    """A second project folder (so a second embedded server) the server user can reach."""
    folder = Path(tempfile.mkdtemp(prefix="headroom-wh-", dir="/tmp"))
    os.chmod(folder, 0o755)
    shutil.copy(ROOT / "dbt_project.yml", folder / "dbt_project.yml")
    shutil.copy(ROOT / "profiles.yml.example", folder / "profiles.yml.example")
    yield folder
    run_cli("warehouse", "stop", env={"HEADROOM_PROJECT_DIR": str(folder), "PGHOST": ""})
    shutil.rmtree(folder, ignore_errors=True)


def test_embedded_warehouse_life_cycle(own_project_dir):
    port = _free_port()
    env = {"HEADROOM_PROJECT_DIR": str(own_project_dir), "HEADROOM_PG_PORT": str(port), "PGHOST": "", "PGDATABASE": "headroom"}

    # a port taken by another program: a clear refusal
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", port))
        blocker.listen()
        line = one_line_error(run_cli("warehouse", "start", env=env))
        assert f"port {port}" in line and "HEADROOM_PG_PORT" in line

    first = run_cli("warehouse", "start", env=env)
    assert first.returncode == 0, first.stderr
    assert "started on 127.0.0.1" in first.stdout
    again = run_cli("warehouse", "start", env=env)
    assert again.returncode == 0 and "already running" in again.stdout
    socket_dir = own_project_dir / ".headroom" / "run"
    assert (socket_dir / f".s.PGSQL.{port}").exists()
    _every_login_needs_its_password(own_project_dir, port, socket_dir)

    # a data folder from before (trusted logins, no password) is converted on its next start
    pgdata = own_project_dir / ".headroom" / "pgdata"
    passfile = own_project_dir / ".headroom" / "pgpass"
    with psycopg.connect(f"host=127.0.0.1 port={port} user=headroom dbname=postgres passfile={passfile}",
                         autocommit=True) as conn:
        (pgdata / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
        conn.execute("select pg_reload_conf()")
        conn.execute("alter role headroom password null")
    converted = run_cli("warehouse", "start", env=env)
    assert converted.returncode == 0 and "logins now need a password" in converted.stdout, converted.stderr
    _every_login_needs_its_password(own_project_dir, port, socket_dir)

    # a crash leaves a stale pid file: the next start clears it and says so
    pid_file = own_project_dir / ".headroom" / "pgdata" / "postmaster.pid"
    pid = int(pid_file.read_text().splitlines()[0])
    os.kill(pid, 9)
    import time
    for _ in range(50):
        try:
            os.kill(pid, 0)
            time.sleep(0.1)
        except ProcessLookupError:
            break
    time.sleep(0.5)
    assert pid_file.exists()
    status = run_cli("warehouse", "status", env=env)
    assert status.returncode == 3 and status.stdout.startswith("down:")
    restarted = run_cli("warehouse", "start", env=env)
    assert restarted.returncode == 0, restarted.stderr
    assert "stale pid file" in restarted.stdout

    stopped = run_cli("warehouse", "stop", env=env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert run_cli("warehouse", "status", env=env).returncode == 3


def _every_login_needs_its_password(project: Path, port: int, socket_dir: Path) -> None:
    """Issue 15, item 10: no login without a password, on TCP or the socket;
    the project's pgpass file (owner-only) holds the right one."""
    passfile = project / ".headroom" / "pgpass"
    assert oct(passfile.stat().st_mode & 0o777) == "0o600"
    for host in ("127.0.0.1", str(socket_dir)):
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(f"host={host} port={port} user=headroom dbname=postgres passfile=/dev/null").close()
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(f"host={host} port={port} user=headroom dbname=postgres password=guess").close()
        with psycopg.connect(f"host={host} port={port} user=headroom dbname=headroom passfile={passfile}") as conn:
            assert conn.execute("show timezone").fetchone()[0] == "UTC"
            assert conn.execute("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"
                                ).fetchone()[0] == 0


def test_pghost_uses_that_server_and_starts_nothing(wh, own_project_dir):
    # The suite's warehouse stands in for "another PostgreSQL".
    env = {"HEADROOM_PROJECT_DIR": str(own_project_dir), **wh.env()}
    result = run_cli("warehouse", "start", env=env)
    assert result.returncode == 0, result.stderr
    assert "nothing embedded to start" in result.stdout
    assert not (own_project_dir / ".headroom" / "pgdata").exists()


def test_a_role_with_powers_is_refused_as_a_policy_role(wh):
    with psycopg.connect(wh.conninfo(), autocommit=True) as conn:
        conn.execute("drop role if exists headroom_powerful")
        conn.execute("create role headroom_powerful createrole")
    try:
        result = dbt_directly(wh, "run", "--select", "int_calendar_days", "--vars", "{finance_role: headroom_powerful}")
        assert result.returncode != 0
        assert "var finance_role=headroom_powerful names an existing role with powers" in result.stdout
    finally:
        with psycopg.connect(wh.conninfo(), autocommit=True) as conn:
            conn.execute("drop role if exists headroom_powerful")


def _exports(text: str) -> dict[str, str]:
    """The variables of `headroom env`'s `export K=V` lines."""
    return dict(line.removeprefix("export ").split("=", 1) for line in text.splitlines() if line.startswith("export "))


def test_the_embedded_server_is_told_from_any_other(wh, own_project_dir):
    port = _free_port()
    own = {"HEADROOM_PROJECT_DIR": str(own_project_dir), "HEADROOM_PG_PORT": str(port), "PGHOST": "",
           "PGDATABASE": "headroom"}
    assert run_cli("warehouse", "start", env=own).returncode == 0
    try:
        # HEADROOM_PG_PORT at another server (the suite's): never taken for ours
        elsewhere = {**own, "HEADROOM_PG_PORT": str(wh.port)}
        line = one_line_error(run_cli("warehouse", "start", env=elsewhere))
        assert f"runs on port {port}, not {wh.port}" in line
        line = one_line_error(run_cli("app", "generate", "--scale", "0.01", env=elsewhere))
        assert f"runs on port {port}, not {wh.port}" in line
        with psycopg.connect(wh.conninfo()) as conn:
            assert conn.execute("select to_regclass('app.actuals')").fetchone()[0] is not None
        # after the README's own `eval "$(headroom env)"`, it is still the embedded one
        exported = _exports(run_cli("env", env=own).stdout)
        assert exported["PGHOST"] == "127.0.0.1" and exported["PGPORT"] == str(port)
        shell = {"HEADROOM_PROJECT_DIR": str(own_project_dir), "HEADROOM_PG_PORT": "", **exported}
        status = run_cli("warehouse", "status", env=shell)
        assert status.returncode == 0 and "up: embedded" in status.stdout
        stopped = run_cli("warehouse", "stop", env=shell)
        assert stopped.returncode == 0 and "stopped" in stopped.stdout, stopped.stdout + stopped.stderr
        restarted = run_cli("warehouse", "start", env=shell)
        assert restarted.returncode == 0 and "started on 127.0.0.1" in restarted.stdout
    finally:
        run_cli("warehouse", "stop", env=own)


def test_generate_never_drops_an_app_schema_it_did_not_make(wh, scratch_db):
    with psycopg.connect(wh.conninfo(scratch_db), autocommit=True) as conn:
        conn.execute("create schema app")
        conn.execute("create table app.real_replica (id int)")
    line = one_line_error(run_cli("app", "generate", "--scale", "0.01", env={"PGDATABASE": scratch_db}))
    assert "refusing to drop it" in line and "--replace-app" in line
    with psycopg.connect(wh.conninfo(scratch_db)) as conn:
        assert conn.execute("select to_regclass('app.real_replica')").fetchone()[0] is not None
    # on purpose, it may; and what it makes it may make again
    assert run_cli("app", "generate", "--scale", "0.01", "--replace-app", env={"PGDATABASE": scratch_db}).returncode == 0
    assert run_cli("app", "generate", "--scale", "0.01", env={"PGDATABASE": scratch_db}).returncode == 0


@pytest.mark.parametrize(
    "args, words",
    [
        (["spark", "compare", "--database", "x;y"], "is not a plain identifier"),
        (["spark", "bench", "--scale", "ten"], "scale 'ten' is not a number"),
        (["spark", "bench", "--as-of", "2026-02-30"], "not a real calendar day"),
        (["spark", "load", "--database", "headroom_no_such_database"],
         "cannot read the app of database headroom_no_such_database"),
        (["spark", "compare", "--app", "--database", "headroom_no_such_database"],
         "cannot read the app of database headroom_no_such_database"),
        (["spark", "compare", "--full"], "--full is an option of `headroom spark load`"),
        (["spark", "maintain", "--keep-last", "0"], "--keep-last 1 or more"),
    ],
)
def test_bad_spark_arguments_get_one_clear_line(wh, args, words):
    """`headroom spark` (docs/scale-out.md): a bad argument or an app that
    is not there is one line, before any Spark starts."""
    from headroom import spark

    if spark.java_problem() and "headroom_no_such_database" in args:
        pytest.skip(spark.java_problem())
    line = one_line_error(run_cli(*args))
    assert words in line


def test_a_cluster_that_cannot_start_says_why_in_one_line_and_starts_nothing(wh, tmp_path):
    """`headroom cluster up` (docs/scale-out.md): a port taken (here the SQL
    endpoint's) is one line naming it, before any JVM starts."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {"HEADROOM_SPARK_THRIFT_PORT": str(port), "HEADROOM_SPARK_DIR": str(tmp_path / "spark")}
        line = one_line_error(run_cli("cluster", "up", env=env))
    assert f"port {port} (SQL endpoint, thrift) is taken on 127.0.0.1" in line
    assert not (tmp_path / "spark" / "cluster").exists(), "something started"
    assert "down" in run_cli("cluster", "status", env=env).stdout


def test_a_dbt_command_line_picks_the_spark_target_only_when_asked():
    from headroom.spark import is_spark_target

    assert is_spark_target(["build", "--target", "spark"], {})
    assert is_spark_target(["build", "--target=spark"], {})
    assert is_spark_target(["build", "-t", "spark"], {})
    assert is_spark_target(["build"], {"HEADROOM_TARGET": "spark"})
    assert is_spark_target(["build", "--target", "cluster"], {})
    assert not is_spark_target(["build"], {})
    assert not is_spark_target(["build", "--target", "dev"], {"HEADROOM_TARGET": "spark"})
    assert not is_spark_target(["build", "--select", "spark"], {})
