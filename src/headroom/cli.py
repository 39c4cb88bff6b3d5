"""`headroom`: the command line around the dbt project.

Every failure a user can act on ends in one line on stderr and a non-zero
exit code; tracebacks are kept for bugs (set HEADROOM_DEBUG=1 to see them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from headroom import days, settings, spark, warehouse
from headroom.errors import HeadroomError, UsageError, WarehouseError
from headroom.tools import child_env, run_foreground, tool


def _say(message: str) -> None:
    print(f"headroom: {message}", flush=True)


def parse_day(raw: str) -> dt.date:
    return days.parse_day(raw)


def parse_scale(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"scale {raw!r} is not a number; use e.g. 1, 10 or 0.1.") from None
    if not 0.01 <= value <= 1000:
        raise UsageError(f"scale {value:g} is outside 0.01..1000.")
    return value


def parse_readers(raw: str) -> int:
    """A number of dashboard readers for the bench: a whole number, 1 to 64."""
    if not raw.isdigit() or not 1 <= int(raw) <= 64:
        raise UsageError(f"readers {raw!r} is not a whole number from 1 to 64.")
    return int(raw)


def parse_rate(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"defect rate {raw!r} is not a number between 0 and 0.5.") from None
    if not 0 <= value <= 0.5:
        raise UsageError(f"defect rate {value:g} is outside 0..0.5.")
    return value


# --- environment for child processes ---------------------------------------

def require_up(wh: settings.Warehouse) -> None:
    up, line = warehouse.status_line(wh)
    if not up:
        raise WarehouseError(line.removeprefix("down: "))


# --- commands ----------------------------------------------------------------

def cmd_warehouse(args: argparse.Namespace) -> int:
    wh = settings.resolve()
    if args.action == "status":
        up, line = warehouse.status_line(wh)
        print(line)
        return 0 if up else 3
    if not wh.embedded:
        if args.action == "start":
            require_up(wh)
            _say(f"PGHOST is set: using {wh.describe()}; nothing embedded to start.")
        else:
            _say("PGHOST is set: the warehouse is external; nothing to stop.")
        return 0
    if args.action == "start":
        for note in warehouse.start(wh.port):
            _say(f"warehouse: {note}")
        _say(f"warehouse ready: {wh.describe()}")
        return 0
    _say(f"warehouse: {warehouse.stop()}")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    """Create or drop a database on the warehouse (the test run's fresh one)."""
    import psycopg

    wh = settings.resolve()
    require_up(wh)
    name = settings.check_identifier(args.name, "database name")
    with psycopg.connect(wh.conninfo("postgres"), autocommit=True) as conn:
        if args.action in ("drop", "recreate"):
            conn.execute(f'drop database if exists "{name}" with (force)')
        if args.action in ("create", "recreate"):
            exists = conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(f'create database "{name}"')
    _say(f"database {name}: {args.action} done")
    return 0


def check_dbt_vars(dbt_args: list[str]) -> None:
    """Checks --vars before dbt sees them: dbt's own YAML reading of a bad
    date ends in a traceback."""
    import yaml

    for i, arg in enumerate(dbt_args):
        if arg == "--vars" and i + 1 < len(dbt_args):
            raw = dbt_args[i + 1]
        elif arg.startswith("--vars="):
            raw = arg.split("=", 1)[1]
        else:
            continue
        try:
            values = yaml.load(raw, Loader=yaml.BaseLoader)
        except yaml.YAMLError as exc:
            raise UsageError(f"--vars {raw!r} is not valid YAML: {exc.problem}") from None
        if not isinstance(values, dict):
            raise UsageError(f"--vars {raw!r} must be a mapping, e.g. '{{as_of_date: 2026-11-20}}'.")
        as_of = values.get("as_of_date")
        if as_of not in (None, "", "today"):
            days.parse_day(as_of, "var as_of_date")


# the dbt commands that write to or read the whole warehouse, one at a time
LOCKED_DBT_COMMANDS = {"build", "run", "seed", "snapshot", "test", "source", "run-operation"}


def cmd_dbt(args: argparse.Namespace) -> int:
    check_dbt_vars(args.dbt_args)
    wh = settings.resolve()
    if spark.is_spark_target(args.dbt_args):
        # Spark (docs/scale-out.md): PostgreSQL holds its catalog
        require_up(wh)
        env = child_env(wh)
        if spark.target_of(args.dbt_args) == "spark":
            env.update(spark.env())  # in-process: this machine's Java and settings
        env.setdefault("DBT_TARGET_PATH", spark.target_path())
        return run_foreground([tool("dbt"), *args.dbt_args], env)
    require_up(wh)
    command = next((a for a in args.dbt_args if not a.startswith("-")), "")
    if command in LOCKED_DBT_COMMANDS:
        # a build, a seed load or a test run is a job on the database
        # (joblock): not while the daily job or a generate runs on it
        from headroom import joblock

        with joblock.exclusive(wh, f"dbt {command}"):
            code = run_foreground([tool("dbt"), *args.dbt_args], child_env(wh))
    else:
        code = run_foreground([tool("dbt"), *args.dbt_args], child_env(wh))
    if wh.embedded:
        # the roles the build may just have created log in with a password
        warehouse.give_role_passwords(wh)
    return code


def cmd_mf(args: argparse.Namespace) -> int:
    """MetricFlow against the warehouse; it reads target/semantic_manifest.json,
    which any dbt parse or build writes."""
    wh = settings.resolve()
    require_up(wh)
    if not (settings.project_root() / "target" / "semantic_manifest.json").exists():
        raise UsageError("no target/semantic_manifest.json yet; run `headroom dbt parse` (or `make run`) first.")
    return run_foreground([tool("mf"), *args.mf_args], child_env(wh))


def cmd_bench(args: argparse.Namespace) -> int:
    from headroom import bench
    from headroom.simulator.clock import check_day, real_now

    # the bench simulates the two days after its as-of day, which may not
    # be after the real today (simulator/clock.py): two days ago by default
    as_of = args.as_of or days.today_utc() - dt.timedelta(days=bench.DAYS_SIMULATED)
    check_day(as_of + dt.timedelta(days=bench.DAYS_SIMULATED), real_now(),
              f"the bench simulates {bench.DAYS_SIMULATED} days after --as-of, up to")
    bench.run(args.scale, args.seed, as_of, database=args.database,
              out=Path(args.out) if args.out else None, readers=args.readers,
              readers_under_load=args.readers_under_load)
    return 0


def cmd_daily(args: argparse.Namespace) -> int:
    from headroom import daily

    require_up(settings.resolve())
    return daily.run(args.as_of or days.today_utc())


def cmd_freshness(args: argparse.Namespace) -> int:
    from headroom import daily

    require_up(settings.resolve())
    return daily.freshness_only(args.as_of or days.today_utc())


def cmd_ci(args: argparse.Namespace) -> int:
    from headroom import slim_ci

    wh = settings.resolve()
    require_up(wh)
    return slim_ci.run(Path(args.state) if args.state else slim_ci.production_dir(wh.database), args.as_of)


def cmd_lint(args: argparse.Namespace) -> int:
    wh = settings.resolve()
    require_up(wh)
    paths = args.paths or ["models", "snapshots", "tests", "analyses"]
    action = "fix" if args.fix else "lint"
    # one process per core: the dbt templater compiles first, then the files
    # are linted in parallel (the same findings, in about 60% of the time)
    return run_foreground([tool("sqlfluff"), action, "--processes", "0", *paths], child_env(wh))


def cmd_app(args: argparse.Namespace) -> int:
    from headroom.simulator import cli as sim_cli

    wh = settings.resolve()
    require_up(wh)
    return sim_cli.run(args, wh)


def cmd_summary(args: argparse.Namespace) -> int:
    """What the build made, and where to look next."""
    from headroom import summary

    wh = settings.resolve()
    require_up(wh)
    summary.report(wh)
    return 0


def cmd_env(args: argparse.Namespace) -> int:
    """Prints the libpq variables, for `eval "$(headroom env)"`."""
    wh = settings.resolve()
    for key, value in wh.env().items():
        print(f"export {key}={value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="headroom",
        description="Headroom Analytics: warehouse, app data and dbt, from one command line.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("warehouse", help="start, stop or check the warehouse")
    p.add_argument("action", choices=["start", "stop", "status"])
    p.set_defaults(func=cmd_warehouse)

    p = sub.add_parser("db", help="create, drop or recreate a database on the warehouse")
    p.add_argument("action", choices=["create", "drop", "recreate"])
    p.add_argument("name")
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("dbt", help="run dbt against the warehouse (arguments pass through)")
    p.add_argument("dbt_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_dbt)

    p = sub.add_parser("mf", help="query the MetricFlow semantic layer (arguments pass through to mf)")
    p.add_argument("mf_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_mf)

    p = sub.add_parser("bench", help="the benchmark: ratios measured side by side (docs/benchmarks.md)")
    p.add_argument("--scale", type=parse_scale, default=10.0, help="size of the simulated firm (default 10)")
    p.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    p.add_argument("--as-of", type=parse_day, default=None, help="the simulated today (default: two days ago: the days the bench simulates after"
                   " it may not be after today)")
    p.add_argument("--database", default="headroom_bench",
                   help="database to (re)create for the run (default headroom_bench)")
    p.add_argument("--out", default=None, help="JSON file to write (default target/bench/bench-scale-N.json)")
    p.add_argument("--readers", type=parse_readers, default=8,
                   help="dashboard readers while idle, each a process (default 8: the target's figure)")
    p.add_argument("--readers-under-load", type=parse_readers, default=16,
                   help="dashboard readers during the day's build (default 16: the target's figure)")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("daily", help="the daily job: source freshness, incremental build, checks, one alert "
                                     "(docs/operations.md)")
    p.add_argument("--as-of", type=parse_day, default=None, help="the as-of day (default: today, UTC)")
    p.set_defaults(func=cmd_daily)

    p = sub.add_parser("freshness", help="the daily job's source freshness check alone, recorded for the "
                                         "Data health page")
    p.add_argument("--as-of", type=parse_day, default=None, help="the as-of day (default: today, UTC)")
    p.set_defaults(func=cmd_freshness)

    p = sub.add_parser("ci", help="Slim CI: build and test only what changed against production, into ci_* "
                                  "schemas (docs/operations.md)")
    p.add_argument("--state", default=None,
                   help="folder with production's manifest.json (default: the one `headroom daily` keeps in "
                        ".headroom/production/<database>)")
    p.add_argument("--as-of", type=parse_day, default=None,
                   help="the as-of day (default: the production build's, else today)")
    p.set_defaults(func=cmd_ci)

    p = sub.add_parser("lint", help="lint the SQL with sqlfluff and its dbt templater")
    p.add_argument("--fix", action="store_true", help="rewrite files to fix what can be fixed")
    p.add_argument("paths", nargs="*")
    p.set_defaults(func=cmd_lint)

    p = sub.add_parser("summary", help="list what the build made and how to open the docs")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("env", help="print the PG* variables of the warehouse (eval them)")
    p.set_defaults(func=cmd_env)

    from headroom import backup, cluster, serve_cli, spark_cli
    from headroom.simulator import cli as sim_cli

    serve_cli.add_parser(sub, require_up=require_up)
    backup.add_parser(sub, require_up=require_up)
    spark_cli.add_parser(sub, require_up=require_up, parse_scale=parse_scale, parse_day=parse_day)
    cluster.add_parser(sub, require_up=require_up)

    sim_cli.add_parser(sub, parse_day=parse_day, parse_scale=parse_scale, parse_rate=parse_rate, handler=cmd_app)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        # Inside the try: the argument parsers raise UsageError themselves.
        args = parser.parse_args(argv)
        return args.func(args)
    except HeadroomError as exc:
        print(f"headroom: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("headroom: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line unless asked for the traceback
        if os.environ.get("HEADROOM_DEBUG"):
            raise
        print(
            f"headroom: unexpected {type(exc).__name__}: {exc} (HEADROOM_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
