"""`headroom bench`: the benchmark anyone can rerun.

Every figure that matters is a ratio of two things measured side by side in
the same run, on the same machine, against the same data: generation
against a plain COPY of the same rows; the heaviest mart against one
hand-written statement computing the same rows from the app tables; the
incremental build after one simulated day against the full build. Absolute
seconds are printed too, but the machines are noisy: read the ratios.

Each step runs as a child process, so its peak memory (ru_maxrss from
wait4) is its own; the warehouse's memory (the sum of the PostgreSQL
processes' proportional set sizes) is sampled while the step runs, when the
warehouse is the embedded one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
import time
from importlib import resources
from pathlib import Path

import psycopg

from headroom import settings, warehouse
from headroom.bench_dashboard import dashboard_idle, dashboard_under_load
from headroom.bench_measure import ServerMemory, Step, machine, run_step
from headroom.daily import PRODUCTION_BUILD
from headroom.errors import UsageError

BENCH_DB = "headroom_bench"
# the days simulated after the as-of day: the day's build, then the build
# the dashboard is read under
DAYS_SIMULATED = 2
HEAVIEST_WITH_FLOOR = "int_actuals_priced"
# Issue 18's targets: one column up to scale 10, one for larger firms.
TARGETS_UP_TO_10 = {
    "generate_vs_copy": 1.5,
    "mart_vs_floor": 1.25,
    "incremental_vs_full": 0.10,
    # issue 29: a day with no change at all, the fixed cost of a day
    "no_change_vs_full": 0.04,
    "dashboard_p95_ms": 20.0,
    # issue 31: 16 readers while the daily build replaces the marts
    "dashboard_under_load_p95_ms": 50.0,
    "peak_memory_mb": 2048.0,
}
TARGETS_ABOVE_10 = {**TARGETS_UP_TO_10, "generate_vs_copy": 2.0, "incremental_vs_full": 0.05,
                    "no_change_vs_full": 0.015, "dashboard_p95_ms": 50.0}
# the reconciliation over whole tables (decision 39): its share of a day
RECONCILIATION = "assert_app_totals_reconcile_by_month"


def targets_for(scale: float) -> dict[str, float]:
    return TARGETS_UP_TO_10 if scale <= 10 else TARGETS_ABOVE_10


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def _headroom(*args: str) -> list[str]:
    return [sys.executable, "-m", "headroom.cli", *args]


def _target() -> Path:
    """dbt's target folder for bench runs: apart from the one of `make run`,
    whose docs and manifest the bench must not overwrite."""
    return settings.project_root() / "target" / "bench" / "dbt"


def _build_timings() -> dict:
    """Per-node seconds of the last dbt invocation (from run_results.json),
    read once per build: the model timings the ratios need, the slowest
    nodes, and the heaviest mart."""
    results = json.loads((_target() / "run_results.json").read_text())["results"]
    manifest = json.loads((_target() / "manifest.json").read_text())["nodes"]
    models = {r["unique_id"].split(".")[-1]: float(r["execution_time"])
              for r in results if r["unique_id"].startswith("model.")}
    tests = {r["unique_id"].split(".")[2]: float(r["execution_time"])
             for r in results if r["unique_id"].startswith("test.")}
    marts = [(manifest[r["unique_id"]]["name"], float(r["execution_time"])) for r in results
             if "marts" in manifest.get(r["unique_id"], {}).get("fqn", []) and r["unique_id"].startswith("model.")]
    ranked = sorted(results, key=lambda r: -r["execution_time"])[:8]
    return {
        "models": models,
        "tests": tests,
        "heaviest_mart": max(marts, key=lambda m: m[1], default=("", 0.0)),
        "slowest": [{"node": r["unique_id"].split(".", 2)[-1], "kind": r["unique_id"].split(".")[0],
                     "seconds": round(r["execution_time"], 2)} for r in ranked],
    }


FLOOR_COLUMNS = ("actual_id, team_member_id, project_id, worked_on, hours, actual_source, project_type_name,"
                 " revenue_treatment, is_billable, revenue_usd, cost_usd, is_unpriced, is_uncosted, is_backfilled,"
                 " is_edited_after_week_closed, is_on_time_off, is_on_day_off, quality_flag_count, quality_score,"
                 " updated_at")


def _floor(conninfo: str, as_of: dt.date) -> tuple[float, bool, int]:
    """The engine's floor for int_actuals_priced: one statement from the app tables
    (and the reference seeds), timed, then compared with the mart row by row."""
    sql = resources.files("headroom").joinpath("sql/floor_fct_actuals.sql").read_text()
    with psycopg.connect(conninfo) as conn:
        conn.execute("drop table if exists public.bench_floor_fct_actuals")
        conn.commit()
        started = time.perf_counter()
        conn.execute(sql.replace("{as_of}", as_of.isoformat()))
        conn.commit()
        seconds = time.perf_counter() - started
        # md5 per block of 100,000 ids, then md5 of the blocks' digests: one
        # string_agg over every row passes PostgreSQL's 1 GB limit at scale 100
        digest = (
            "select cast(coalesce(sum(n), 0) as bigint), md5(coalesce(string_agg(block_md5, '' order by block), ''))"
            " from (select t.actual_id / 100000 as block, count(*) as n,"
            " md5(string_agg(t::text, '|' order by t.actual_id)) as block_md5"
            f" from (select {FLOOR_COLUMNS} from {{table}}) as t group by 1) as blocks"
        )
        floor = conn.execute(digest.format(table="public.bench_floor_fct_actuals")).fetchone()
        mart = conn.execute(digest.format(table="intermediate.int_actuals_priced")).fetchone()
        conn.execute("drop table public.bench_floor_fct_actuals")
        conn.commit()
    return seconds, floor == mart, floor[0]


def run(scale: float, seed: int, as_of: dt.date, database: str = BENCH_DB, out: Path | None = None,
        readers: int = 8, readers_under_load: int = 16) -> dict:
    from headroom.tools import AS_OF_ENV, child_env

    wh = settings.resolve()
    up, line = warehouse.status_line(wh)
    if not up:
        raise UsageError(f"the warehouse is not up ({line}); run `headroom warehouse start`.")
    settings.check_identifier(database, "database")
    admin = wh.conninfo("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{database}" with (force)')
        conn.execute(f'create database "{database}"')
    conninfo = wh.conninfo(database)
    env = {**os.environ, **child_env(wh, database), "DBT_TARGET_PATH": str(_target()),
           "DBT_LOG_PATH": str(_target().parent / "logs")}
    day_after = as_of + dt.timedelta(days=1)
    # Nothing writes to the bench's app while a build runs, so the replica's
    # settle window (decision 39: versions stamped within 10 minutes of the
    # last build are read again) is 0 here; with 10 minutes every row the
    # generator stamped moments before would be read again on the first day.
    # The as-of day goes in the environment, as the daily job gives it
    # (decision 41), and the vars are the same in every build: new --vars
    # would make dbt parse the whole project again, which no day of the
    # daily job does.
    settle = ["--vars", "{replica_settle_minutes: 0}"]
    memory = ServerMemory(wh)
    steps: list[Step] = []

    def step(name: str, argv: list[str], note: str = "", day: dt.date = as_of) -> tuple[Step, str]:
        print(f"headroom bench: {name} ...", file=sys.stderr, flush=True)
        with memory:
            seconds, rss, output = run_step(argv, {**env, AS_OF_ENV: day.isoformat()}, name)
        s = Step(name, seconds, rss, memory.peak_mb, note)
        steps.append(s)
        return s, output

    gen_step, _ = step("generate and load", _headroom(
        "app", "generate", "--scale", f"{scale:g}", "--seed", str(seed), "--as-of", as_of.isoformat(),
        "--defects", "0.01"))
    copy_step, copy_out = step("plain COPY of the same rows", _python(
        "import json, sys; from headroom.simulator.copytext import copy_floor;"
        f" print(json.dumps(copy_floor({conninfo!r})))"))
    floor = json.loads(copy_out.strip().splitlines()[-1])
    copy_step.seconds = floor["seconds"]  # the COPY itself, not the dump before it
    copy_step.note = f"{floor['rows']:,} rows"

    full_step, _ = step("dbt build (full)", _headroom("dbt", *PRODUCTION_BUILD, *settle))
    full = _build_timings()
    heaviest, heaviest_seconds = full["heaviest_mart"]
    slowest_full = full["slowest"]
    if HEAVIEST_WITH_FLOOR not in full["models"]:
        raise UsageError(f"no timing for model {HEAVIEST_WITH_FLOOR} in {_target() / 'run_results.json'}")
    mart_seconds = full["models"][HEAVIEST_WITH_FLOOR]
    # the floor validates the app's rows too, which the model reads from
    # base_app__actuals: the two models together against it, for the record
    chain_seconds = mart_seconds + full["models"].get("base_app__actuals", 0.0)
    print("headroom bench: the engine's floor for int_actuals_priced ...", file=sys.stderr, flush=True)
    with memory:
        floor_seconds, floor_equal, floor_rows = _floor(conninfo, as_of)
    steps.append(Step(f"{HEAVIEST_WITH_FLOOR}: model", mart_seconds, None, None, "from run_results.json"))
    steps.append(Step(f"{HEAVIEST_WITH_FLOOR}: one hand-written statement", floor_seconds, None, memory.peak_mb,
                      f"{floor_rows:,} rows, {'identical to' if floor_equal else 'DIFFERENT from'} the mart"))

    step("simulate one day", _headroom("app", "advance", "--days", "1"))
    incr_step, _ = step("dbt build (incremental, next day)", _headroom("dbt", *PRODUCTION_BUILD, *settle),
                        day=day_after)
    day = _build_timings()
    slowest_incremental = day["slowest"]
    quiet_step, _ = step("dbt build (the same day again, no change)",
                         _headroom("dbt", *PRODUCTION_BUILD, *settle), day=day_after)
    slowest_quiet = _build_timings()["slowest"]

    print(f"headroom bench: dashboard queries from {readers} connections ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    with memory:
        dash = dashboard_idle(wh, database, connections=readers)
    steps.append(Step(f"dashboard queries ({readers} connections)", time.perf_counter() - started, None,
                      memory.peak_mb, f"{dash['queries']} queries"))
    # issue 31: the same pages from 16 connections while the next day builds
    step("simulate one more day", _headroom("app", "advance", "--days", "1"))
    next_day = day_after + dt.timedelta(days=1)
    print(f"headroom bench: dashboard queries from {readers_under_load} connections during the next day's build ...",
          file=sys.stderr, flush=True)
    with memory:
        loaded, build_seconds = dashboard_under_load(
            wh, database, lambda: run_step(_headroom("dbt", *PRODUCTION_BUILD, *settle),
                                           {**env, AS_OF_ENV: next_day.isoformat()}, "dbt build under load"),
            connections=readers_under_load)
    # a view with rows when idle that comes back empty: a half-built mart
    loaded["empty"] = sum(n for view, n in loaded["empty_by_view"].items() if view not in dash["empty_by_view"])
    steps.append(Step(f"dashboard during a day's build ({readers_under_load} connections)", build_seconds, None,
                      memory.peak_mb,
                      f"{loaded['queries']} queries, {loaded['errors']} errors, {loaded['empty']} empty"))

    ratios = {
        "generate_vs_copy": gen_step.seconds / copy_step.seconds,
        "mart_vs_floor": mart_seconds / floor_seconds,
        "chain_vs_floor": chain_seconds / floor_seconds,
        "incremental_vs_full": incr_step.seconds / full_step.seconds,
        "no_change_vs_full": quiet_step.seconds / full_step.seconds,
        "reconciliation_share_of_day": day["tests"].get(RECONCILIATION, 0.0) / incr_step.seconds,
        "dashboard_p95_ms": dash["p95_ms"],
        "dashboard_under_load_p95_ms": loaded["p95_ms"],
        "peak_memory_mb": max([s.client_peak_mb or 0 for s in steps] + [s.server_peak_mb or 0 for s in steps]),
    }
    report = {
        "scale": scale,
        "seed": seed,
        "as_of": as_of.isoformat(),
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "warehouse": wh.describe(),
        "steps": [dataclasses.asdict(s) for s in steps],
        "heaviest_mart": {"name": heaviest, "seconds": heaviest_seconds},
        "floor_equal": floor_equal,
        "slowest_nodes": {"full": slowest_full, "incremental": slowest_incremental, "no-change": slowest_quiet},
        "dashboard": dash,
        "dashboard_under_load": loaded,
        "ratios": ratios,
        "targets": targets_for(scale),
    }
    out = out or settings.project_root() / "target" / "bench" / f"bench-scale-{scale:g}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(render(report))
    print(f"\nheadroom bench: written to {out}")
    return report


def render(report: dict) -> str:
    def mb(x):
        return "" if x is None else f"{x:,.0f}"

    lines = [
        f"Benchmark at scale {report['scale']:g} (as of {report['as_of']}), "
        f"{report['machine']['cpus']} cores, {report['machine']['memory_gb']} GB",
        "",
        f"| {'step':<44} | {'seconds':>8} | {'client MB':>9} | {'server MB':>9} | note",
        f"|{'-' * 46}|{'-' * 10}|{'-' * 11}|{'-' * 11}|-----",
    ]
    for s in report["steps"]:
        lines.append(f"| {s['name']:<44} | {s['seconds']:>8.2f} | {mb(s['client_peak_mb']):>9} | "
                     f"{mb(s['server_peak_mb']):>9} | {s['note']}")
    r, t = report["ratios"], report["targets"]

    def verdict(key, value):
        return "met" if value <= t[key] else f"MISSED by {value / t[key]:.1f}x"

    d = report["dashboard"]
    lines += [
        "",
        f"| {'ratio':<44} | {'value':>8} | target | verdict",
        f"|{'-' * 46}|{'-' * 10}|--------|--------",
        f"| {'generate / plain COPY':<44} | {r['generate_vs_copy']:>7.2f}x | <= {t['generate_vs_copy']:g}x "
        f"| {verdict('generate_vs_copy', r['generate_vs_copy'])}",
        f"| {'int_actuals_priced / hand-written statement':<44} | {r['mart_vs_floor']:>7.2f}x | <= {t['mart_vs_floor']:g}x "
        f"| {verdict('mart_vs_floor', r['mart_vs_floor'])}",
        f"| {'  with base_app__actuals (validation)':<44} | {r.get('chain_vs_floor', 0):>7.2f}x |        "
        f"| for the record",
        f"| {'incremental build / full build':<44} | {r['incremental_vs_full']:>8.1%} | <= {t['incremental_vs_full']:.0%} "
        f"| {verdict('incremental_vs_full', r['incremental_vs_full'])}",
        f"| {'a day with no change / full build':<44} | {r['no_change_vs_full']:>8.1%} | <= {t['no_change_vs_full']:.1%} "
        f"| {verdict('no_change_vs_full', r['no_change_vs_full'])}",
        f"| {'  the reconciliation, share of a day':<44} | {r['reconciliation_share_of_day']:>8.1%} |        "
        f"| for the record",
        f"| {'dashboard p95 (median ' + format(d['median_ms'], '.1f') + ' ms)':<44} | {r['dashboard_p95_ms']:>6.1f}ms "
        f"| < {t['dashboard_p95_ms']:g}ms | {verdict('dashboard_p95_ms', r['dashboard_p95_ms'])}",
        f"| {'  during a build, ' + str(report['dashboard_under_load']['connections']) + ' connections':<44} "
        f"| {r['dashboard_under_load_p95_ms']:>6.1f}ms "
        f"| < {t['dashboard_under_load_p95_ms']:g}ms | {verdict('dashboard_under_load_p95_ms', r['dashboard_under_load_p95_ms'])}"
        f" ({report['dashboard_under_load']['errors']} errors, {report['dashboard_under_load']['empty']} empty)",
        f"| {'peak memory of any step':<44} | {r['peak_memory_mb']:>6.0f}MB | <= 2 GiB "
        f"| {verdict('peak_memory_mb', r['peak_memory_mb'])}",
        "",
        f"Heaviest mart in the full build: {report['heaviest_mart']['name']} "
        f"({report['heaviest_mart']['seconds']:.2f}s); the floor is written for {HEAVIEST_WITH_FLOOR}; "
        f"its result is {'identical to' if report['floor_equal'] else 'DIFFERENT from'} the mart.",
    ]
    lines.append("Dashboard queries (the app's own, as the dashboard role), p95 / median ms: " + ", ".join(
        f"{name} {q['p95_ms']:.1f} / {q['median_ms']:.1f}" for name, q in d["per_query"].items()))
    for build, nodes in report.get("slowest_nodes", {}).items():
        lines.append(f"Slowest nodes of the {build} build: " + ", ".join(
            f"{n['node']} {n['seconds']:.1f}s" for n in nodes))
    return "\n".join(lines)
