"""`headroom spark bench`: the engines side by side on one app
(docs/scale-out.md, "Measured build times").

PostgreSQL, Spark in-process (`local[2]`, target `spark`) and the Spark
standalone cluster of `headroom cluster up` (target `cluster`, thrift)
build the same app at one scale: a first day whole (`--full-refresh`),
then the next working day as the daily job builds it. Each Spark engine
keeps its own tables and catalog (a Spark state folder of its own), so
neither reads what the other wrote; the cluster is up only for its own
steps, so the in-process steps run alone. Every build runs as the daily
job's does, without the unit tests (decision 33); every Spark build is
compared with PostgreSQL's marts, to the cent. Run it alone on the
machine: the figures are times.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from headroom import spark
from headroom.errors import UsageError
from headroom.tools import tool


@dataclass
class Engine:
    name: str
    target: str
    state: Path
    seconds: dict[str, float] = field(default_factory=dict)


def _say(message: str) -> None:
    print(f"headroom: {message}", flush=True)


def next_working_day(day: dt.date) -> dt.date:
    """The next Monday to Friday: the plan kept after the as-of day then
    moves (Friday 20 November 2026 is followed by Monday 23 November), and
    the views that read the day, such as int_kept_plan_days, must follow
    it on the second build (the bench's and make test-spark's next day)."""
    day += dt.timedelta(days=1)
    while day.isoweekday() > 5:
        day += dt.timedelta(days=1)
    return day


def bench(scale: float, as_of: dt.date, seed: int, database: str) -> int:
    headroom = tool("headroom")
    local = Engine("Spark local[2]", "spark", spark.spark_dir().parent / "spark-bench-local")
    cluster = Engine("Spark cluster", "cluster", spark.spark_dir().parent / "spark-bench-cluster")

    def step(label: str, *args: str, state: Path | None = None, database_env: bool = True) -> float:
        env = dict(os.environ)
        if database_env:
            env["PGDATABASE"] = database
        if state is not None:
            env["HEADROOM_SPARK_DIR"] = str(state)
        started = time.monotonic()
        done = subprocess.run([headroom, *args], env=env, capture_output=True, text=True)
        seconds = time.monotonic() - started
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            raise UsageError(f"{label} failed (exit {done.returncode}); its output is above")
        _say(f"{label}: {seconds:.0f}s")
        return seconds

    def build(engine: Engine, day: dt.date, kind: str) -> None:
        refresh = ["--full-refresh"] if kind == "full" else []
        load = step(f"{engine.name}, {kind}: land the app", "spark", "load", state=engine.state)
        built = step(f"{engine.name}, {kind}: dbt build", "dbt", "build", "--target", engine.target,
                     "--exclude-resource-type", "unit_test", *refresh,
                     "--vars", f"{{as_of_date: {day.isoformat()}}}", state=engine.state)
        engine.seconds[kind] = load + built
        step(f"{engine.name}, {kind}: compare the marts with PostgreSQL's", "spark", "compare",
             state=engine.state)

    def on_cluster(day: dt.date, kind: str) -> None:
        step("the cluster: up", "cluster", "up", state=cluster.state)
        try:
            build(cluster, day, kind)
        finally:
            step("the cluster: down", "cluster", "down", state=cluster.state)

    pg: dict[str, float] = {}
    for engine in (local, cluster):
        step(f"{engine.name}: down and forgotten", "cluster", "down", state=engine.state)
        step(f"{engine.name}: forget the old tables", "spark", "reset", state=engine.state)
    step("recreate the database", "db", "recreate", database, database_env=False)
    step("generate the app", "app", "generate", "--scale", f"{scale:g}", "--seed", str(seed),
         "--defects", "0.01", "--as-of", as_of.isoformat())
    day = as_of
    for kind in ("full", "daily"):
        if kind == "daily":
            day = next_working_day(as_of)
            step(f"the app moves to {day}", "app", "advance", "--days", str((day - as_of).days))
        refresh = ["--full-refresh"] if kind == "full" else []
        pg[kind] = step(f"PostgreSQL, {kind}: dbt build", "dbt", "build", "--exclude-resource-type",
                        "unit_test", *refresh, "--vars", f"{{as_of_date: {day.isoformat()}}}")
        build(local, day, kind)
        on_cluster(day, kind)
    for engine in (local, cluster):
        step(f"{engine.name}: forget the bench's tables", "spark", "reset", state=engine.state)

    print(f"\nscale {scale:g}, as of {as_of} then {day}; every Spark build's marts equal PostgreSQL's")
    print(f"{'engine':<16} {'full':>8} {'daily':>8} {'daily/full':>11} {'full / PG':>10}")
    print(f"{'PostgreSQL':<16} {pg['full']:>7.0f}s {pg['daily']:>7.0f}s {pg['daily'] / pg['full']:>10.0%} "
          f"{'1.0x':>10}")
    for engine in (local, cluster):
        full, daily = engine.seconds["full"], engine.seconds["daily"]
        print(f"{engine.name:<16} {full:>7.0f}s {daily:>7.0f}s {daily / full:>10.0%} "
              f"{full / pg['full']:>9.1f}x")
    print("(Spark: landing the app plus dbt build; no unit tests in any build, as in the daily job)")
    return 0
