"""Iceberg table maintenance, the care a long-running lake needs
(issue 33, decision 52; the retention is in docs/operations.md).

Every Iceberg table of Spark's catalog takes, in this order, Iceberg's own
procedures (none written again here):
- rewrite_data_files: small files compacted (a day's merge adds a few
  files to a table; a table rebuilt whole is written anew and left alone);
- expire_snapshots: snapshots older than the retention dropped, the newest
  `keep_last` always kept, and the files only they held deleted (time
  travel reaches back as far as the retention);
- remove_orphan_files: files no snapshot names (a write that died half
  way), older than three days so that a write under way is never touched.
Views are not tables and are passed by.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable

from headroom import spark
from headroom.errors import UsageError

# how far back time travel reaches, and the snapshots kept whatever their age
KEEP_DAYS = 7
KEEP_LAST = 5
# a file no snapshot names is deleted once it is this old (Iceberg's default)
ORPHAN_DAYS = 3


def iceberg_tables(session, namespaces: list[str] | None = None) -> list[str]:
    """namespace.table of every table (not view) in Spark's catalog, or in
    the namespaces named."""
    found = []
    known = {row[0] for row in session.sql("show databases").collect()}
    unknown = sorted(set(namespaces or []) - known)
    if unknown:
        raise UsageError(f"Spark's catalog has no schema {', '.join(unknown)}: it has {', '.join(sorted(known))}")
    for namespace in sorted(namespaces or known):
        for table in session.catalog.listTables(namespace):
            if not table.isTemporary and table.tableType != "VIEW":
                found.append(f"{namespace}.{table.name}")
    return found


def maintain(*, keep_days: int = KEEP_DAYS, keep_last: int = KEEP_LAST, namespaces: list[str] | None = None,
             say: Callable[[str], None] = print) -> dict[str, int]:
    """Runs the three procedures on every Iceberg table (of `namespaces`,
    when named); returns the totals (files rewritten, snapshots expired,
    files deleted)."""
    session = spark.session()
    totals = {"tables": 0, "data files rewritten": 0, "snapshots expired": 0, "files deleted": 0}
    try:
        now = session.sql("select current_timestamp()").collect()[0][0]
        expire_before = now - dt.timedelta(days=keep_days)
        orphans_before = now - dt.timedelta(days=ORPHAN_DAYS)
        tables = iceberg_tables(session, namespaces)
        for number, table in enumerate(tables, 1):
            started = time.monotonic()
            before = _snapshots(session, table)
            rewritten = session.sql(
                f"call spark_catalog.system.rewrite_data_files(table => '{table}')"
            ).collect()[0]
            expired = session.sql(
                f"call spark_catalog.system.expire_snapshots(table => '{table}', "
                f"older_than => timestamp'{expire_before:%Y-%m-%d %H:%M:%S}', retain_last => {keep_last})"
            ).collect()[0]
            orphans = session.sql(
                f"call spark_catalog.system.remove_orphan_files(table => '{table}', "
                f"older_than => timestamp'{orphans_before:%Y-%m-%d %H:%M:%S}')"
            ).collect()
            # the rewrite adds one snapshot when it compacts anything
            snapshots = before + (1 if rewritten["rewritten_data_files_count"] else 0) - _snapshots(session, table)
            deleted = (expired["deleted_data_files_count"] + expired["deleted_manifest_files_count"]
                       + expired["deleted_manifest_lists_count"] + len(orphans))
            totals["tables"] += 1
            totals["data files rewritten"] += rewritten["rewritten_data_files_count"]
            totals["snapshots expired"] += snapshots
            totals["files deleted"] += deleted
            say(f"headroom: [{number}/{len(tables)}] {table}: {rewritten['rewritten_data_files_count']} data "
                f"files compacted into {rewritten['added_data_files_count']}, {snapshots} snapshots "
                f"expired, {deleted} files deleted, in {time.monotonic() - started:.1f}s")
    finally:
        session.stop()
    return totals


def _snapshots(session, table: str) -> int:
    return session.sql(f"select count(*) from {table}.snapshots").collect()[0][0]
