"""`headroom spark ...`: Spark as a second warehouse (docs/scale-out.md).

    headroom spark load      land the app's changes (or all of it) in Spark's Iceberg tables (landing.py)
    headroom spark compare   the marts' checksums on both engines, side by side
                             (--app: the app in Spark against the app itself, row for row)
    headroom spark maintain  Iceberg's upkeep of every table: compaction, snapshot expiry, orphans (maintenance.py)
    headroom spark reset     forget Spark's local tables (its warehouse and metastore)
    headroom spark bench     PostgreSQL, Spark local[2] and the cluster on one app, full and daily, timed (spark_bench.py)

A build on Spark is `headroom dbt build --target spark`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time

import psycopg

from headroom import cluster, engines, landing, maintenance, metastore, settings, spark, spark_bench
from headroom.errors import UsageError


def add_parser(sub, *, require_up, parse_scale, parse_day) -> None:
    p = sub.add_parser("spark", help="Spark as a second warehouse: load the app, compare the marts "
                                     "(docs/scale-out.md)")
    p.add_argument("action", choices=["load", "compare", "maintain", "reset", "bench"],
                   help="load: land the app's changes since the last load in Spark (all of it when the "
                        "change feed cannot be trusted); compare: the marts' checksums on both engines; "
                        "maintain: compact every Iceberg table, expire its old snapshots, delete orphan files; "
                        "reset: forget Spark's local tables; bench: both engines from one app at --scale, timed")
    p.add_argument("--full", action="store_true",
                   help="load: copy every app table whole, whatever the change feed says")
    p.add_argument("--keep-days", type=int, default=maintenance.KEEP_DAYS,
                   help=f"maintain: snapshots younger than this stay (default {maintenance.KEEP_DAYS})")
    p.add_argument("--keep-last", type=int, default=maintenance.KEEP_LAST,
                   help=f"maintain: the newest snapshots kept whatever their age (default {maintenance.KEEP_LAST})")
    p.add_argument("--schema", action="append", default=None, metavar="NAME",
                   help="maintain: only the tables of this schema of Spark's catalog (repeatable; default: all)")
    p.add_argument("--app", action="store_true",
                   help="compare: the app's tables in Spark against the app as it is now, row for row "
                        "(run it right after a load, while the app rests)")
    p.add_argument("--database", default=None,
                   help="the PostgreSQL database holding the app (load) or the marts (compare) "
                        "(default: the warehouse's, PGDATABASE; bench: headroom_spark_bench)")
    p.add_argument("--scale", type=parse_scale, default=1.0, help="bench: size of the firm (default 1)")
    p.add_argument("--as-of", type=parse_day, default=None, help="bench: the as-of day (default: today)")
    p.add_argument("--seed", type=int, default=42, help="bench: random seed (default 42)")
    p.set_defaults(func=lambda args: run(args, require_up))


def _say(message: str) -> None:
    print(f"headroom: {message}", flush=True)


def run(args: argparse.Namespace, require_up) -> int:
    if args.full and args.action != "load":
        raise UsageError("--full is an option of `headroom spark load`")
    if args.app and args.action != "compare":
        raise UsageError("--app is an option of `headroom spark compare`")
    if args.schema and args.action != "maintain":
        raise UsageError("--schema is an option of `headroom spark maintain`")
    for name in args.schema or []:
        settings.check_identifier(name, "--schema")
    if args.keep_days < 0 or args.keep_last < 1:
        raise UsageError("--keep-days must be 0 or more and --keep-last 1 or more")
    if args.action == "reset":
        folder = spark.spark_dir()
        if cluster.running(folder):
            raise UsageError("the Spark cluster is up on these tables: `make cluster-down` first")
        shutil.rmtree(folder, ignore_errors=True)
        dropped = metastore.forget(folder)
        catalog = f" and its catalog ({dropped})" if dropped else ""
        _say(f"Spark's tables are gone ({folder}{catalog}); `make run-spark` makes them anew")
        return 0
    problem = spark.java_problem()
    if problem:
        raise UsageError(problem)
    wh = settings.resolve()
    require_up(wh)
    if args.action == "bench":
        import datetime as dt

        database = settings.check_identifier(args.database or "headroom_spark_bench", "--database")
        as_of = args.as_of or dt.datetime.now(dt.timezone.utc).date()
        return spark_bench.bench(args.scale, as_of, args.seed, database)
    database = settings.check_identifier(args.database, "--database") if args.database else wh.database
    say = lambda line: _say(line.removeprefix("headroom: "))  # noqa: E731
    started = time.monotonic()
    if args.action == "maintain":
        totals = maintenance.maintain(keep_days=args.keep_days, keep_last=args.keep_last,
                                      namespaces=args.schema, say=say)
        _say(", ".join(f"{value:,} {name}" for name, value in totals.items())
             + f", in {time.monotonic() - started:.0f}s")
        return 0
    try:
        if args.action == "load":
            counts = landing.land(wh.conninfo(database), full=args.full, say=say)
            _say(f"the app of database {database} is in Spark: {sum(counts.values()):,} rows held, "
                 f"landed in {time.monotonic() - started:.0f}s")
            return 0
        if args.app:
            differ = landing.check(wh.conninfo(database), say=say)
            _say(f"every app table is the same in Spark as in the app of database {database}" if not differ
                 else f"{len(differ)} app table(s) differ in Spark from the app: {', '.join(differ)}; "
                      "`headroom spark load --full` copies them whole")
            return 1 if differ else 0
    except psycopg.OperationalError as exc:
        raise UsageError(f"cannot read the app of database {database}: {str(exc).strip().splitlines()[-1]}") from None
    return compare(wh.conninfo(database), database)


def compare(conninfo: str, database: str) -> int:
    session = spark.session()
    try:
        with psycopg.connect(conninfo) as conn:
            found = engines.checksums(conn, session)
    finally:
        session.stop()
    if not found:
        raise UsageError(f"database {database} holds no marts: build it first (headroom dbt build)")
    differ = engines.differences(found)
    tables = sorted({row[0] for row in found})
    print(f"{'table':<48} {'values':>7} {'differ':>7}")
    for table in tables:
        rows = [row for row in found if row[0] == table]
        print(f"{table:<48} {len(rows):>7} {sum(1 for row in rows if row in differ):>7}")
    for table, label, pg_value, spark_value in differ:
        print(f"DIFFERS {table} {label}: PostgreSQL {pg_value}, Spark {spark_value}", file=sys.stderr)
    _say(f"{len(found):,} values of {len(tables)} tables compared: "
         + ("the same on both engines" if not differ else f"{len(differ)} differ"))
    return 1 if differ else 0
