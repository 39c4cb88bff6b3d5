"""`headroom spark ...`: Spark as a second warehouse (docs/scale-out.md).

    headroom spark load      copy the app from PostgreSQL into Spark's Iceberg tables
    headroom spark compare   the marts' checksums on both engines, side by side
    headroom spark reset     forget Spark's local tables (its warehouse and metastore)

A build on Spark is `headroom dbt build --target spark`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time

from headroom import engines, settings, spark
from headroom.errors import UsageError


def add_parser(sub, *, require_up) -> None:
    p = sub.add_parser("spark", help="Spark as a second warehouse: load the app, compare the marts "
                                     "(docs/scale-out.md)")
    p.add_argument("action", choices=["load", "compare", "reset"],
                   help="load: copy the app from PostgreSQL into Spark; compare: the marts' checksums on "
                        "both engines; reset: forget Spark's local tables")
    p.add_argument("--database", default=None,
                   help="the PostgreSQL database holding the app (load) or the marts (compare) "
                        "(default: the warehouse's, PGDATABASE)")
    p.set_defaults(func=lambda args: run(args, require_up))


def _say(message: str) -> None:
    print(f"headroom: {message}", flush=True)


def run(args: argparse.Namespace, require_up) -> int:
    if args.action == "reset":
        folder = spark.spark_dir()
        shutil.rmtree(folder, ignore_errors=True)
        _say(f"Spark's local tables are gone ({folder}); `make run-spark` makes them anew")
        return 0
    problem = spark.java_problem()
    if problem:
        raise UsageError(problem)
    wh = settings.resolve()
    require_up(wh)
    database = settings.check_identifier(args.database, "--database") if args.database else wh.database
    if args.action == "load":
        started = time.monotonic()
        counts = spark.load_app(wh.conninfo(database), say=lambda line: _say(line.removeprefix("headroom: ")))
        _say(f"the app of database {database} is in Spark: {sum(counts.values()):,} rows in "
             f"{time.monotonic() - started:.0f}s")
        return 0
    return compare(wh.conninfo(database), database)


def compare(conninfo: str, database: str) -> int:
    import psycopg

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
