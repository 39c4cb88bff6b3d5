"""`headroom app ...`: generate the app database (and, later, advance it)."""

from __future__ import annotations

import argparse
import datetime as dt
import time

from headroom import days, settings
from headroom.progress import Progress


def add_parser(sub, *, parse_day, parse_scale, parse_rate, handler) -> None:
    app = sub.add_parser("app", help="the simulated Headroom app database")
    app_sub = app.add_subparsers(dest="app_command", required=True, metavar="ACTION")

    g = app_sub.add_parser("generate", help="create the app schema and fill it")
    g.add_argument("--scale", type=parse_scale, default=1.0,
                   help="1 is a firm of ~250 members and ~400 projects (default 1)")
    g.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    g.add_argument("--as-of", type=parse_day, default=None,
                   help="the simulated today, YYYY-MM-DD (default: today)")
    g.add_argument("--defects", type=parse_rate, default=0.0, metavar="RATE",
                   help="share of rows of each table given a known defect (0..0.5, default 0)")
    g.add_argument("--compare-copy", action="store_true",
                   help="then load the same rows with a plain COPY and report both speeds")
    g.add_argument("--replace-app", action="store_true",
                   help="drop an `app` schema that `generate` did not make (never needed otherwise)")
    a = app_sub.add_parser("advance", help="move the app forward day by day, the way the real app changes")
    a.add_argument("--days", type=int, default=1, help="how many days (default 1)")
    r = app_sub.add_parser("resync", help="rebuild the replica: new stamps everywhere, a new epoch, the delete log lost")
    r.add_argument("--lose-deletes", type=int, default=0, metavar="N",
                   help="also delete N recent actuals rows outright without logging them (default 0)")
    app.set_defaults(func=handler)


def run(args: argparse.Namespace, wh: settings.Warehouse) -> int:
    """Each command alone on its database (joblock): generate and advance
    rewrite the app a build is reading."""
    from headroom import joblock

    with joblock.exclusive(wh, f"headroom app {args.app_command}"):
        return _run(args, wh)


def _run(args: argparse.Namespace, wh: settings.Warehouse) -> int:
    from headroom.simulator import generate as gen

    if args.app_command == "generate":
        _refuse_a_foreign_app(wh, args.replace_app)
        cfg = gen.Config(
            scale=args.scale,
            seed=args.seed,
            as_of=args.as_of or days.today_utc(),
            defect_rate=args.defects,
        )
        print(
            f"headroom: generating the app database: scale {cfg.scale:g} "
            f"(~{cfg.n_members} members, ~{cfg.n_projects} projects), seed {cfg.seed}, "
            f"as of {cfg.as_of}, defects {cfg.defect_rate:g}",
            flush=True,
        )
        bar = Progress("generate", total=cfg.n_members)
        started = time.perf_counter()
        counts = gen.generate(wh.conninfo(), cfg, progress=lambda what, n: bar.update(what, n) if what == "members planned" else None)
        seconds = time.perf_counter() - started
        rows = sum(v for k, v in counts.items() if not k.startswith("simulator."))
        for table, n in counts.items():
            print(f"  {table:<20} {n:>12,} rows")
        print(f"headroom: loaded {rows:,} rows in {seconds:.1f}s ({rows / seconds:,.0f} rows/s)")
        if args.compare_copy:
            floor = gen.copy_floor(wh.conninfo())
            floor_rate = floor["rows"] / floor["seconds"]
            print(
                f"headroom: plain COPY FROM of the same {floor['rows']:,} rows: {floor['seconds']:.1f}s "
                f"({floor_rate:,.0f} rows/s); generate takes {seconds / floor['seconds']:.1f}x the COPY floor"
            )
        return 0
    if args.app_command == "advance":
        from headroom.simulator import advance as adv

        bar = Progress("advance", total=args.days)
        started = time.perf_counter()
        totals = adv.advance(wh.conninfo(), args.days, progress=bar.update)
        day = dt.date.fromordinal(totals.pop("current_day"))
        for what, n in totals.items():
            print(f"  {what:<22} {n:>10,}")
        print(f"headroom: the app is now at {day} ({time.perf_counter() - started:.1f}s); "
              f"build with --vars '{{as_of_date: {day}}}'")
        return 0
    if args.app_command == "resync":
        from headroom.simulator import replica

        done = replica.resync(wh.conninfo(), args.lose_deletes)
        for what, n in done.items():
            print(f"  {what:<22} {n:>10,}")
        print(f"headroom: the replica was rebuilt (epoch {done['epoch']}); the next build compares everything once")
        return 0
    raise AssertionError(args.app_command)


def _refuse_a_foreign_app(wh: settings.Warehouse, replace: bool) -> None:
    """`generate` recreates the `app` schema: never one it did not make."""
    import psycopg

    from headroom.errors import UsageError
    from headroom.simulator import schema

    with psycopg.connect(wh.conninfo()) as conn:
        foreign = schema.foreign_app_schema(conn)
    if foreign and not replace:
        raise UsageError(
            f"{wh.describe()} has an `app` schema that `headroom app generate` did not make "
            "(it may be the real app's replica); refusing to drop it. Point PGDATABASE at a "
            "database of its own, or pass --replace-app to drop it on purpose."
        )
