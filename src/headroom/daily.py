"""`headroom daily`: the one command a scheduler runs every morning
(decision 28, docs/operations.md).

1. `dbt source freshness`: how old each app table's newest replicated row
   is, against its SLA (_app__sources.yml);
2. `dbt build`, incremental, as of today (or --as-of): its hooks record
   the invocation, every node's result and the row counts in `monitoring`;
3. the freshness results are recorded beside them, and the checks over the
   history (monitoring.mon_anomalies) read for this run's invocations;
   a successful build's manifest is kept for Slim CI (slim_ci.py);
4. one alert when anything was found (alerts.py), recorded in
   monitoring.alerts; the exit code is 1 when a step failed or a finding
   has severity error, 0 otherwise (warnings are alerted, not failed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from headroom import alerts, freshness, joblock, settings, slim_ci
from headroom.tools import AS_OF_ENV, child_env, tool

# The daily build: every model, snapshot, seed and data test; not the unit
# tests, which hold the SQL's logic to mocked rows and cannot fail without
# a change of code, which CI (make test, headroom ci) runs them on.
PRODUCTION_BUILD = ("build", "--exclude-resource-type", "unit_test")

MONITORING = "monitoring"


def _say(message: str) -> None:
    print(f"headroom: daily: {message}", flush=True)


def _dbt(env: dict, *args: str) -> int:
    return subprocess.run([tool("dbt"), *args], env=env, cwd=settings.project_root()).returncode


def _artifact(target: Path, name: str, since: float) -> dict | None:
    """dbt's artifact `name` when this run wrote it (not a stale one)."""
    path = target / name
    if not path.exists() or path.stat().st_mtime < since:
        return None
    return json.loads(path.read_text())


def _record_freshness(conn, sources: dict) -> str:
    invocation = sources["metadata"]["invocation_id"]
    conn.execute(f"delete from {MONITORING}.source_freshness where invocation_id = %s", (invocation,))
    for row in freshness.rows(sources):
        conn.execute(
            f"""
            insert into {MONITORING}.source_freshness (
                invocation_id, source_table, status, max_loaded_at, snapshotted_at,
                age_hours, warn_after_hours, error_after_hours
            ) values (%s, %s, %s, %s, coalesce(%s, now()), %s, %s, %s)
            """,
            (invocation, row.source_table, row.status, row.max_loaded_at, row.snapshotted_at,
             row.age_hours, row.warn_after_hours, row.error_after_hours),
        )
    return invocation


def _findings(conn, invocations: list[str]) -> list[alerts.Finding]:
    exists = conn.execute("select to_regclass(%s)", (f"{MONITORING}.mon_anomalies",)).fetchone()[0]
    if exists is None:
        return []
    rows = conn.execute(
        f"""
        select check_name, subject, severity, observed, expected, detail
        from {MONITORING}.mon_anomalies
        where invocation_id = any(%s)
        order by severity, check_name, subject
        """,
        (invocations,),
    ).fetchall()
    return [_with_gaps(conn, alerts.Finding(*row)) for row in rows]


RECONCILIATION = "assert_app_totals_reconcile_by_month"
GAPS = "quality.dq_reconciliation_gaps"


def _with_gaps(conn, finding: alerts.Finding) -> alerts.Finding:
    """The reconciliation's finding names what disagrees (decision 39): the
    app table, the layer, the months and the size of the gap, read from the
    rows the test stored."""
    if finding.subject != RECONCILIATION or conn.execute("select to_regclass(%s)", (GAPS,)).fetchone()[0] is None:
        return finding
    rows = conn.execute(
        f"""
        select app_table, layer, measure, count(*), min(month_start), max(month_start), sum(gap),
               string_agg(to_char(month_start, 'YYYY-MM'), ', ' order by month_start)
        from {GAPS}
        group by app_table, layer, measure
        order by app_table, layer, measure
        """
    ).fetchall()
    if not rows:
        return finding
    parts = []
    for table, layer, measure, months, first, last, gap, listed in rows[:6]:
        shown = listed if months <= 4 else f"{first:%Y-%m} to {last:%Y-%m}"
        amount = f"{abs(gap):,}" if measure == "row_count" else f"{abs(gap):,.2f}"
        parts.append(f"{layer} holds {amount} {measure.replace('_count', 's')} "
                     f"{'more' if gap > 0 else 'fewer'} than {table} in {months} month(s) ({shown})")
    more = f"; and {len(rows) - 6} more" if len(rows) > 6 else ""
    detail = "; ".join(parts) + more + f" (every row in {GAPS})"
    return dataclasses.replace(finding, check_name="reconciliation_gap", subject=rows[0][0], detail=detail)


def freshness_only(as_of: dt.date) -> int:
    """`headroom freshness`: the daily job's first step alone, recorded the
    same way (monitoring.source_freshness), so the Data health page shows
    the check `make run` ends with. Returns dbt's exit code."""
    wh = settings.resolve()
    env = {**child_env(wh), AS_OF_ENV: as_of.isoformat()}
    target = Path(env.get("DBT_TARGET_PATH") or settings.project_root() / "target")
    since = dt.datetime.now(dt.timezone.utc).timestamp() - 1
    code = _dbt(env, "source", "freshness")
    sources = _artifact(target, "sources.json", since)
    if sources is None:
        print(f"headroom: freshness: dbt wrote no sources.json (exit {code}); nothing recorded", file=sys.stderr)
        return code or 1
    with psycopg.connect(wh.conninfo(), autocommit=True) as conn:
        if conn.execute("select to_regclass(%s)", (f"{MONITORING}.source_freshness",)).fetchone()[0] is None:
            print("headroom: freshness: no run history yet (build first); nothing recorded", file=sys.stderr)
            return code or 1
        _record_freshness(conn, sources)
    statuses = [row.status for row in freshness.rows(sources)]
    counts = ", ".join(f"{statuses.count(s)} {s}" for s in sorted(set(statuses)))
    print(f"headroom: freshness: {len(statuses)} app tables checked ({counts}); "
          f"recorded in {MONITORING}.source_freshness", flush=True)
    return code


def run(as_of: dt.date) -> int:
    """The daily job, alone on its database (joblock): a second one started
    meanwhile stops with one line before it runs anything."""
    wh = settings.resolve()
    with joblock.exclusive(wh, f"the daily job (as of {as_of})"):
        return _run(wh, as_of)


def _run(wh: settings.Warehouse, as_of: dt.date) -> int:
    env = child_env(wh)
    target = Path(env.get("DBT_TARGET_PATH") or settings.project_root() / "target")
    # the as-of day goes to dbt in the environment, not --vars: new vars
    # every day would make dbt parse the whole project again (decision 41)
    env[AS_OF_ENV] = as_of.isoformat()
    started = dt.datetime.now(dt.timezone.utc)
    since = started.timestamp() - 1

    _say(f"1/3 source freshness (as of {as_of})")
    freshness_code = _dbt(env, "source", "freshness")
    sources = _artifact(target, "sources.json", since)
    since_build = dt.datetime.now(dt.timezone.utc).timestamp() - 1
    _say("2/3 dbt build (incremental)")
    build_code = _dbt(env, *PRODUCTION_BUILD)
    results = _artifact(target, "run_results.json", since_build)
    if build_code == 0 and results is not None:
        kept = slim_ci.keep_production_state(target, wh.database, as_of, results["metadata"]["invocation_id"])
        _say(f"kept this build's manifest for Slim CI in {kept}")

    _say("3/3 checks over the run history")
    steps: list[alerts.Finding] = []
    invocations: list[str] = []
    with psycopg.connect(wh.conninfo(), autocommit=True) as conn:
        if sources is not None and conn.execute(
                "select to_regclass(%s)", (f"{MONITORING}.source_freshness",)).fetchone()[0]:
            invocations.append(_record_freshness(conn, sources))
        elif freshness_code != 0:
            steps.append(alerts.Finding("failed_step", "dbt source freshness", "error", f"exit {freshness_code}",
                                        "exit 0", "the freshness check did not run; see the job's log"))
        if results is not None:
            build_id = results["metadata"]["invocation_id"]
            invocations.append(build_id)
            # a build that died before its end hook is closed here, as failed
            conn.execute(
                f"update {MONITORING}.invocations set status = 'failed', message = %s"
                " where invocation_id = %s and status = 'running'",
                (f"dbt exited with {build_code} before recording its end", build_id),
            )
        findings = steps + _findings(conn, invocations)
        if build_code != 0 and not any(f.severity == "error" for f in findings):
            # dbt failed where the record cannot show it: before its first
            # node, or in a check before the build that stops the record
            findings.append(alerts.Finding(
                "failed_step", "dbt build", "error", f"exit {build_code}", "exit 0",
                "dbt failed before the run was on record (a refused var, a role it may not create, "
                "the warehouse down); see the job's log"))
        delivery = _alert(conn, findings, invocations, as_of, started, wh)

    errors = [f for f in findings if f.severity == "error"]
    failed = errors or build_code != 0
    summary = "; ".join(f"{f.check_name} {f.subject}" for f in findings[:5])
    more = f" and {len(findings) - 5} more" if len(findings) > 5 else ""
    warned = _warned_tests(results)
    tests = (f"{len(warned)} test(s) warned, below their error threshold: {', '.join(warned[:8])}"
             f"{' and more' if len(warned) > 8 else ''} (monitoring.node_results)") if warned else "no test warned"
    if not findings:
        where = ("alerts go to the webhook" if os.environ.get(alerts.WEBHOOK_ENV)
                 else f"no {alerts.WEBHOOK_ENV} set: an alert would only be written to monitoring.alerts")
        _say(f"no finding to alert (build {'ok' if build_code == 0 else 'failed'}); {tests}; {where}")
    else:
        line = (f"{len(errors)} error(s), {len(findings) - len(errors)} warning(s): {summary}{more}; "
                f"alert {delivery}; {tests}; see monitoring.mon_anomalies and docs/operations.md")
        print(f"headroom: daily: {line}", file=sys.stderr if failed else sys.stdout, flush=True)
    return 1 if failed else 0


def _warned_tests(results: dict | None) -> list[str]:
    """The tests of this build that warned (severity warn, or past warn_if
    but not error_if): named in the job's last line, not alerted."""
    if results is None:
        return []
    return sorted(r["unique_id"].split(".")[2] for r in results["results"] if r["status"] == "warn")


def _alert(conn, findings, invocations, as_of, started, wh) -> str:
    """Sends and records one alert for this run, if there is anything to say."""
    if not findings:
        return "none"
    key = invocations[-1] if invocations else f"daily-{uuid.uuid4()}"
    ids_sql = ", ".join(f"'{i}'" for i in invocations) or "''"
    body = alerts.message(findings, {
        "as_of": str(as_of), "database": wh.database, "host": f"{wh.host}:{wh.port}",
        "started_at": started.isoformat(timespec="seconds"), "invocations": invocations, "ids_sql": ids_sql,
    })
    exists = conn.execute("select to_regclass(%s)", (f"{MONITORING}.alerts",)).fetchone()[0]
    done = exists and conn.execute(
        f"select delivery from {MONITORING}.alerts where invocation_id = %s", (key,)).fetchone()
    if done:
        return f"already sent for this run ({done[0]})"
    webhook = os.environ.get(alerts.WEBHOOK_ENV)
    if not webhook:
        _say(f"no {alerts.WEBHOOK_ENV} set: the alert is only written to {MONITORING}.alerts")
    delivery = alerts.deliver(body, webhook)
    if conn.execute("select to_regclass(%s)", (f"{MONITORING}.alerts",)).fetchone()[0] is None:
        return delivery  # the build died before its first hook made the tables
    conn.execute(
        f"insert into {MONITORING}.alerts (invocation_id, raised_at, summary, body, delivery)"
        " values (%s, now(), %s, %s, %s) on conflict (invocation_id) do nothing",
        (key, body["text"].splitlines()[0], Jsonb(body), delivery),
    )
    return delivery
