"""`headroom backup` and `headroom restore` (issue 31): what only the
warehouse holds, with PostgreSQL's own tools.

Everything else the warehouse has is rebuilt from the app by the next
build; these tables are not: the SCD2 snapshots and the forecast history
(schema `snapshots`), and the run history (the tables of `monitoring`; its
views are rebuilt). A backup is a directory: `pg_dump --format custom` of
those tables, and `manifest.json` (what, when, from which database, the
rows of each table, the dump's SHA-256), written last, so a directory
without it is no backup. A restore checks the manifest and the dump, loads
them with `pg_restore --single-transaction` (all or nothing), checks the
row counts, and refuses to overwrite tables that still hold rows unless
told to (`--replace`). Both hold the database's job lock (joblock.py): no
build runs meanwhile. Decision 47 says why this and not a dump of the
whole database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import psycopg
from psycopg import sql

from headroom import joblock, settings, warehouse
from headroom.errors import UsageError
from headroom.tools import child_env

WAREHOUSE_ONLY_SCHEMAS = ("snapshots", "monitoring")
MANIFEST = "manifest.json"
DUMP = "warehouse-only.dump"
FORMAT = 1


def _say(message: str) -> None:
    print(f"headroom: {message}", flush=True)


def _tool(wh: settings.Warehouse, name: str) -> str:
    """pg_dump or pg_restore: the embedded server's own (the same version),
    else the one on PATH."""
    if wh.embedded:
        found = warehouse.bin_dir() / name
        if found.exists():
            return str(found)
    on_path = shutil.which(name)
    if not on_path:
        raise UsageError(f"{name} is not installed: install PostgreSQL's client tools (the server's version).")
    return on_path


def _tables(conn: psycopg.Connection) -> list[str]:
    """The base tables of the warehouse-only schemas, schema.table."""
    return [f"{s}.{t}" for s, t in conn.execute(
        """
        select table_schema, table_name from information_schema.tables
        where table_schema = any(%s) and table_type = 'BASE TABLE'
        order by 1, 2
        """, (list(WAREHOUSE_ONLY_SCHEMAS),)).fetchall()]


def _rows(conn: psycopg.Connection, table: str) -> int:
    schema, name = table.split(".")
    return conn.execute(sql.SQL("select count(*) from {}.{}").format(
        sql.Identifier(schema), sql.Identifier(name))).fetchone()[0]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _run(argv: list[str], wh: settings.Warehouse, what: str, stdin: str | None = None) -> str:
    """A client tool against the warehouse; its output, or one clear line
    (`what` and the tool's last word) when it fails."""
    result = subprocess.run(argv, env=child_env(wh), input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise UsageError(f"{what}: {lines[-1] if lines else f'exit {result.returncode}'}")
    return result.stdout


def backup(wh: settings.Warehouse, out: Path) -> dict:
    """Writes the backup into `out` (a new or empty directory); returns the
    manifest."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} exists and is not an empty directory: a backup never overwrites one.")
    with joblock.exclusive(wh, "headroom backup"), psycopg.connect(wh.conninfo()) as conn:
        tables = _tables(conn)
        if not tables:
            raise UsageError(f"nothing to back up in {wh.database}: no snapshot or run history yet "
                             "(run a build first).")
        # one snapshot of the data for the counts and the dump: pg_dump
        # reads in its own repeatable-read transaction while the lock keeps
        # every build out
        rows = {table: _rows(conn, table) for table in tables}
        server = conn.execute("show server_version").fetchone()[0]
    out.mkdir(parents=True, exist_ok=True)
    dump = out / DUMP
    _say(f"backup: {len(tables)} tables, {sum(rows.values()):,} rows, from {wh.database}")
    _run([_tool(wh, "pg_dump"), "--format", "custom", "--no-owner", "--no-acl", "--file", str(dump),
          *(arg for table in tables for arg in ("--table", table)), wh.database], wh, "pg_dump failed")
    manifest = {
        "format": FORMAT,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "database": wh.database,
        "server_version": server,
        "schemas": list(WAREHOUSE_ONLY_SCHEMAS),
        "tables": rows,
        "dump": DUMP,
        "dump_bytes": dump.stat().st_size,
        "dump_sha256": _sha256(dump),
    }
    partial = out / f"{MANIFEST}.partial"
    partial.write_text(json.dumps(manifest, indent=2) + "\n")
    partial.rename(out / MANIFEST)
    _say(f"backup: written to {out} ({manifest['dump_bytes']:,} bytes); restore with `headroom restore {out}`")
    return manifest


def read_manifest(source: Path) -> dict:
    """The backup's manifest, checked against its dump; one clear line when
    it is no backup of this kind."""
    path = source / MANIFEST
    try:
        manifest = json.loads(path.read_text())
    except FileNotFoundError:
        raise UsageError(f"{source} holds no {MANIFEST}: not a finished backup.") from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path} cannot be read as a manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(
            manifest.get("tables"), dict):
        raise UsageError(f"{path} is not a manifest of `headroom backup` (format {FORMAT}).")
    dump = source / str(manifest.get("dump"))
    if not dump.is_file() or _sha256(dump) != manifest.get("dump_sha256"):
        raise UsageError(f"{dump} is missing or does not match its manifest (SHA-256): the backup is damaged.")
    return manifest


def restore(wh: settings.Warehouse, source: Path, replace: bool = False) -> dict:
    """Loads the backup in `source` into the warehouse: all or nothing."""
    manifest = read_manifest(source)
    tables: dict[str, int] = manifest["tables"]
    with joblock.exclusive(wh, "headroom restore"), psycopg.connect(wh.conninfo()) as conn:
        present = set(_tables(conn))
        held = {t: _rows(conn, t) for t in tables if t in present}
        busy = {t: n for t, n in held.items() if n}
        if busy and not replace:
            first, rows = next(iter(busy.items()))
            raise UsageError(f"{wh.database} still holds {first} ({rows:,} rows) and {len(busy) - 1} more: restore "
                             "only into a warehouse that lost them, or pass --replace to drop them first.")
        # one transaction for all of it (psql --single-transaction): the
        # schemas, the drops --replace asked for (cascade: the run
        # history's views go too, the next build makes them again) and the
        # load; an error anywhere leaves the warehouse as it was
        preamble = "".join(
            f"create schema if not exists {_quoted(schema)};\n" for schema in manifest["schemas"]) + "".join(
            f"drop table {'.'.join(_quoted(part) for part in table.split('.'))} cascade;\n" for table in held)
        script = _run([_tool(wh, "pg_restore"), "--no-owner", "--no-acl", "--file", "-",
                       str(source / manifest["dump"])], wh, "pg_restore could not read the dump")
        conn.commit()
        _say(f"restore: {len(tables)} tables, {sum(tables.values()):,} rows, backed up from "
             f"{manifest['database']} at {manifest['created_at']}")
        _run([_tool(wh, "psql"), "--no-psqlrc", "--quiet", "--single-transaction", "--set", "ON_ERROR_STOP=1",
              "--dbname", wh.database], wh, "restore failed, nothing was changed", stdin=preamble + script)
        found = {t: _rows(conn, t) for t in tables}
    wrong = {t: (found[t], n) for t, n in tables.items() if found[t] != n}
    if wrong:
        table, (got, want) = next(iter(wrong.items()))
        raise UsageError(f"restore: {table} has {got:,} rows, the manifest says {want:,}.")
    _say("restore: done; the next build (`headroom daily`) rebuilds the rest from the app")
    return manifest


def add_parser(sub, require_up) -> None:
    p = sub.add_parser("backup", help="back up what only the warehouse holds (snapshots, forecast and run "
                                      "history) with pg_dump, into a new directory")
    p.add_argument("out", help="a new (or empty) directory")
    p.set_defaults(func=lambda args: _cmd_backup(args, require_up))
    p = sub.add_parser("restore", help="restore a `headroom backup` into this warehouse with pg_restore")
    p.add_argument("source", help="the backup's directory")
    p.add_argument("--replace", action="store_true",
                   help="drop the tables the backup holds when they still have rows (default: refuse)")
    p.set_defaults(func=lambda args: _cmd_restore(args, require_up))


def _cmd_backup(args: argparse.Namespace, require_up) -> int:
    wh = settings.resolve()
    require_up(wh)
    backup(wh, Path(args.out))
    return 0


def _cmd_restore(args: argparse.Namespace, require_up) -> int:
    wh = settings.resolve()
    require_up(wh)
    restore(wh, Path(args.source), replace=args.replace)
    return 0
