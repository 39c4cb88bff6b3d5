"""`headroom daily` as a scheduler runs it (issue 16, decision 28): a run
history in `monitoring`, checks over it, and one alert per run that found
something, POSTed to a real local HTTP endpoint that records what it got."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from conftest import ROOT, fresh_database, project_copy, run_cli
from headroom import alerts
from headroom import cli as headroom_cli
from headroom.simulator import advance as adv
from headroom.simulator import generate as gen

AS_OF = dt.date(2026, 11, 18)
NAME = "headroom_scratch_daily"


class Hook(http.server.BaseHTTPRequestHandler):
    """A webhook that records every POST; `failures` 5xx answers come first."""

    received: list[dict] = []
    failures = 0

    def do_POST(self):  # noqa: N802 (the http.server API)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Hook.received.append(json.loads(body))
        if Hook.failures > 0:
            Hook.failures -= 1
            self.send_response(503)
        else:
            self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def webhook():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()


@pytest.fixture(scope="module")
def job(wh, webhook, tmp_path_factory):
    """A small firm with three days of `headroom daily` behind it."""
    with fresh_database(wh, NAME) as conninfo:
        gen.generate(conninfo, gen.Config(scale=0.05, seed=31, as_of=AS_OF, defect_rate=0.01))
        env = {**headroom_cli.child_env(wh, NAME), "DBT_TARGET_PATH": str(tmp_path_factory.mktemp("daily-target")),
               alerts.WEBHOOK_ENV: webhook}
        days = {"day": AS_OF}

        def daily(extra: dict | None = None) -> subprocess.CompletedProcess:
            Hook.received.clear()
            return run_cli("daily", "--as-of", str(days["day"]), env={**env, **(extra or {})})

        def next_day() -> None:
            adv.advance(conninfo, 1)
            days["day"] += dt.timedelta(days=1)

        runs = [daily()]
        for _ in range(2):
            next_day()
            runs.append(daily())
        codes = [run.returncode for run in runs]
        with psycopg.connect(conninfo, autocommit=True) as conn:
            yield {"conn": conn, "daily": daily, "env": env, "codes": codes, "posts": list(Hook.received),
                   "last_line": runs[-1].stdout.strip().splitlines()[-1]}


def _runs(conn, command: str) -> list[tuple]:
    return conn.execute(
        "select invocation_id, status from monitoring.mon_runs where command = %s order by started_at", (command,)
    ).fetchall()


def test_three_days_leave_a_consistent_history(job):
    conn = job["conn"]
    assert job["codes"] == [0, 0, 0]
    builds, checks = _runs(conn, "build"), _runs(conn, "freshness")
    assert len(builds) == 3 and len(checks) == 3
    assert {status for _, status in builds + checks} <= {"success", "warned"}
    counted = conn.execute(
        "select invocation_id, count(*) filter (where relation_kind = 'source'),"
        " count(*) filter (where relation_kind = 'marts') from monitoring.row_counts group by 1"
    ).fetchall()
    by_run = {row[0]: row[1:] for row in counted}
    for invocation, _ in builds:
        sources, marts = by_run[invocation]
        assert sources == 6 and marts > 10
    # every build's nodes are on record, and the history's views agree with the raw tables
    assert conn.execute(
        "select count(distinct invocation_id) from monitoring.node_results"
        " where invocation_id = any(%s)", ([b[0] for b in builds],)
    ).fetchone()[0] == 3
    assert conn.execute("select count(*) from monitoring.alerts").fetchone()[0] == 0
    assert conn.execute("select count(*) from monitoring.source_freshness").fetchone()[0] == 3 * 5
    # the last line names every test that warned, and where an alert would go
    warned = [name for (name,) in conn.execute(
        "select node_name from monitoring.node_results where invocation_id = %s and status = 'warn'"
        " order by node_name", (builds[-1][0],)).fetchall()]
    line = job["last_line"]
    assert line.startswith("headroom: daily: no finding to alert (build ok)"), line
    if warned:
        assert f"{len(warned)} test(s) warned" in line
        assert sum(w in line for w in warned) == min(len(warned), 8)
    else:
        assert "no test warned" in line
    assert "alerts go to the webhook" in line


def _one_alert(result, check: str, subject: str) -> dict:
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    assert len(Hook.received) == 1, Hook.received
    body = Hook.received[0]
    assert body["status"] == "error"
    found = {(f["check_name"], f["subject"]) for f in body["what"]}
    assert (check, subject) in found, found
    assert f"{check} {subject}" in body["text"]
    assert {"what", "where", "since", "text"} <= set(body)
    assert "monitoring.mon_anomalies" in body["where"]["record"]
    assert f"{check} {subject}" in result.stderr  # the one line for the scheduler's log
    return body


def test_a_stale_source_raises_one_alert(job):
    conn = job["conn"]
    conn.execute("alter table app.actuals disable trigger user")
    conn.execute("update app.actuals set _replicated_at = now() - interval '5 days'")
    try:
        _one_alert(job["daily"](), "stale_source", "app.actuals")
    finally:
        conn.execute("update app.actuals set _replicated_at = now()")
        conn.execute("alter table app.actuals enable trigger user")


def test_a_failing_test_raises_one_alert(job, tmp_path):
    project_copy(tmp_path)
    (tmp_path / "tests" / "assert_this_rule_is_broken.sql").write_text(
        "-- a rule the data breaks: one row means one failure\nselect 1 as broken\n")
    body = _one_alert(job["daily"]({"HEADROOM_PROJECT_DIR": str(tmp_path)}),
                      "failed_test", "assert_this_rule_is_broken")
    assert all(f["check_name"] != "row_count_change" for f in body["what"])


def test_a_mart_emptied_upstream_raises_one_alert(job):
    conn = job["conn"]
    # every project gets a status the app does not have: all are quarantined
    conn.execute("create table public.kept_statuses as select id, project_status_id from app.projects")
    conn.execute("update app.projects set project_status_id = 99, updated_at = now()")
    try:
        body = _one_alert(job["daily"](), "row_count_change", "dim_projects")
        assert any(f["check_name"] == "quarantine_share_jump" for f in body["what"])
    finally:
        # an edit after the fix: the app stamps it, as it stamps every edit
        conn.execute("update app.projects p set project_status_id = k.project_status_id,"
                     " updated_at = now() + interval '1 second' from public.kept_statuses k where k.id = p.id")
        conn.execute("drop table public.kept_statuses")


def test_a_killed_run_is_recorded_as_failed_and_the_next_recovers(job):
    conn = job["conn"]
    env = {**os.environ, **job["env"]}
    proc = subprocess.Popen([sys.executable, "-m", "headroom.cli", "daily", "--as-of", str(AS_OF + dt.timedelta(2))],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not conn.execute(
                "select 1 from monitoring.invocations where command = 'build' and status = 'running'").fetchone():
            time.sleep(0.1)
        time.sleep(1.0)  # some nodes in flight
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    killed = conn.execute(
        "select invocation_id from monitoring.invocations where command = 'build' and status = 'running'"
    ).fetchone()
    assert killed, "the build was not running when it was killed"
    result = job["daily"]()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    status, message = conn.execute(
        "select status, message from monitoring.mon_runs where invocation_id = %s", killed).fetchone()
    assert status == "failed" and "never finished" in message
    assert _runs(conn, "build")[-1][1] in ("success", "warned")


def test_recording_is_idempotent(job, wh):
    from headroom import daily

    conn = job["conn"]
    sources = {
        "metadata": {"invocation_id": "test-idempotent"},
        "results": [{"unique_id": "source.headroom.app.actuals", "status": "pass",
                     "max_loaded_at": "2026-11-20T10:00:00+00:00", "snapshotted_at": "2026-11-20T11:00:00+00:00",
                     "max_loaded_at_time_ago_in_s": 3600.0,
                     "criteria": {"warn_after": {"count": 30, "period": "hour"},
                                  "error_after": {"count": 80, "period": "hour"}}}],
    }
    for _ in range(2):
        daily._record_freshness(conn, sources)
    rows = conn.execute("select age_hours, warn_after_hours, error_after_hours from monitoring.source_freshness"
                        " where invocation_id = 'test-idempotent'").fetchall()
    assert [tuple(map(float, r)) for r in rows] == [(1.0, 30.0, 80.0)]
    finding = [alerts.Finding("stale_source", "app.actuals", "error", "90 h", "under 30 h", "test")]
    first = daily._alert(conn, finding, ["test-idempotent"], AS_OF, dt.datetime.now(dt.timezone.utc),
                         wh.__class__(**{**wh.__dict__, "database": NAME}))
    again = daily._alert(conn, finding, ["test-idempotent"], AS_OF, dt.datetime.now(dt.timezone.utc), wh)
    assert first.startswith("not sent") or first.startswith("sent")
    assert again.startswith("already sent")
    assert conn.execute("select count(*) from monitoring.alerts where invocation_id = 'test-idempotent'"
                        ).fetchone()[0] == 1


def test_a_second_job_on_the_same_database_stops_with_one_line(job, wh):
    """A daily job (or an app advance) started while another holds the
    database's job lock stops before it runs anything: one line naming the
    job that runs, its pid and since when; nothing recorded, nothing sent."""
    from headroom import joblock

    conn = job["conn"]
    runs_before = conn.execute("select count(*) from monitoring.invocations").fetchone()[0]
    alerts_before = conn.execute("select count(*) from monitoring.alerts").fetchone()[0]
    holder = wh.__class__(**{**wh.__dict__, "database": NAME})
    with joblock.exclusive(holder, "the daily job (as of 2026-11-22)"):
        Hook.received.clear()
        second = job["daily"]()
        advance = run_cli("app", "advance", "--days", "1", env=job["env"])
    for result in (second, advance):
        assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
        line = result.stderr.strip()
        assert "\n" not in line and "Traceback" not in line, line
        assert f"the daily job (as of 2026-11-22) (pid {os.getpid()}) is running on {NAME} since" in line
    assert "headroom: daily:" not in second.stdout
    assert Hook.received == []
    assert conn.execute("select count(*) from monitoring.invocations").fetchone()[0] == runs_before
    assert conn.execute("select count(*) from monitoring.alerts").fetchone()[0] == alerts_before


def test_the_freshness_check_alone_is_recorded_for_the_data_health_page(job):
    """`headroom freshness` (what make run ends with) records its check as
    the daily job does: the Data health page shows it."""
    conn = job["conn"]
    before = conn.execute("select count(distinct invocation_id) from monitoring.source_freshness").fetchone()[0]
    result = run_cli("freshness", "--as-of", str(AS_OF + dt.timedelta(days=2)), env=job["env"])
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert "5 app tables checked" in result.stdout and "recorded in monitoring.source_freshness" in result.stdout
    latest = conn.execute(
        "select count(*) from monitoring.mon_source_freshness where is_latest").fetchone()[0]
    after = conn.execute("select count(distinct invocation_id) from monitoring.source_freshness").fetchone()[0]
    assert after == before + 1 and latest == 5


def test_delivery_retries_with_backoff_then_gives_up(webhook):
    waits: list[float] = []
    Hook.received.clear()
    Hook.failures = 2
    assert alerts.deliver({"text": "x"}, webhook, sleep=waits.append) == "sent: HTTP 200 after 3 attempt(s)"
    assert waits == [1.0, 2.0] and len(Hook.received) == 3
    Hook.failures = 10
    assert alerts.deliver({"text": "x"}, webhook, sleep=waits.append).startswith("failed: HTTP 503 after 4")
    Hook.failures = 0
    assert alerts.deliver({"text": "x"}, None) == f"not sent: {alerts.WEBHOOK_ENV} is not set"


class Trickle(http.server.BaseHTTPRequestHandler):
    """An endpoint that answers one byte of its status line every half
    second, and never finishes: each read succeeds, so a per-read timeout
    never fires."""

    def do_POST(self):  # noqa: N802 (the http.server API)
        try:
            for byte in b"HTTP/1.1 200 OK\r\n":
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.5)
            time.sleep(60)
        except OSError:
            pass

    def log_message(self, *args):
        pass


def test_a_webhook_that_answers_slowly_cannot_hang_the_job():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        started = time.monotonic()
        outcome = alerts.deliver({"text": "x"}, url, attempt_seconds=2, total_seconds=7)
        took = time.monotonic() - started
    finally:
        server.shutdown()
    # attempts of 2 s with waits of 1 and 2 s: 2 + 1 + 2 fits in 7, a third
    # attempt after a 2 s wait would not, so none starts
    assert outcome.startswith("failed: no answer within 2 s after 2 attempt(s)"), outcome
    assert took < 7 + 0.5, took
