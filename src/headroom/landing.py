"""The app's landing in Spark's Iceberg tables (issue 33, decision 52):
`headroom spark load` brings over what the replica's change feed says
changed since the last landing, as base_app__actuals does on PostgreSQL
(decision 39), and keeps a record of every landing in landing.app_loads.

A table is copied whole (one atomic CREATE OR REPLACE, the old snapshot
kept for readers) when the feed cannot be trusted since its last landing:
none on record, the replica rebuilt (a new epoch), the last landing older
than the delete log keeps, a TRUNCATE logged since, or `--full`. Otherwise
the versions stamped since the last landing (less the replica's settle
window) and the rows the delete log names that the app no longer has are
merged in one MERGE INTO per table (one Iceberg commit: a reader sees the
day's changes of a table all or none). The watermark is recorded after
every table landed, so a landing that fails lands the same rows again
next time (a merge of the same version changes nothing).

The replica's own tables (the delete log, the epoch) are small and copied
whole each time. The rows travel as CSV files, a marker for null, and are
cast back to each column's type in Spark (app_columns).
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import psycopg
import yaml
from psycopg import sql

from headroom import settings, spark
from headroom.simulator.schema import APP_TABLES, DELETE_LOG, REPLICA_COLUMN, REPLICA_STATE, REPLICA_TABLES

NAMESPACE = "app"
HISTORY = "landing.app_loads"
# where `spark compare --app` lands its whole copy to compare with
CHECK_NAMESPACE = "app_check"
STAMP_FORMAT = "yyyy-MM-dd HH:mm:ss.SSSSSS"


@dataclass
class Plan:
    """How one app table lands: whole (with the reason), or its changes
    since read_from."""

    table: str
    read_from: dt.datetime | None
    reason: str | None
    landed_through: dt.datetime | None = None
    changed: int = 0
    deleted: int = 0


def feed_settings() -> tuple[int, int]:
    """replica_settle_minutes and replica_delete_log_days, from the vars of
    dbt_project.yml (their one home: the dbt models read them there)."""
    project = yaml.safe_load((settings.project_root() / "dbt_project.yml").read_text())
    found = project.get("vars", {})
    return int(found["replica_settle_minutes"]), int(found["replica_delete_log_days"])


def land(conninfo: str, *, full: bool = False, say: Callable[[str], None] = print) -> dict[str, int]:
    """Lands the app of `conninfo` in Spark; returns the rows each table
    holds there afterwards."""
    export = spark.spark_dir() / "export"
    # the app first: a database that is not there is one line before any
    # Spark starts
    psycopg.connect(conninfo).close()
    session = spark.session()
    try:
        session.sql("create database if not exists landing")
        session.sql(f"create database if not exists {NAMESPACE}")
        session.sql(
            f"create table if not exists {HISTORY} (table_name string, epoch bigint, "
            "landed_through timestamp, how string, reason string, rows_changed bigint, "
            "rows_deleted bigint, rows_held bigint, landed_at timestamp) using iceberg"
        )
        last = _last_landings(session)
        present = {row.tableName for row in session.sql(f"show tables in {NAMESPACE}").collect()}
        plans, epoch = _export(conninfo, export, last, present, full=full, say=say)
        counts = {}
        for plan in plans:
            started = time.monotonic()
            counts[plan.table] = _land_table(session, export, plan, NAMESPACE)
            how = (f"{plan.changed:,} changed, {plan.deleted:,} deleted since {plan.read_from:%Y-%m-%d %H:%M:%S} UTC"
                   if plan.reason is None else f"whole ({plan.reason})")
            say(f"headroom: app.{plan.table} in Spark: {counts[plan.table]:,} rows, {how}, "
                f"in {time.monotonic() - started:.1f}s")
        for table in REPLICA_TABLES:
            counts[table] = _land_table(session, export, Plan(table, None, "the replica's own"), NAMESPACE)
        _record(session, plans, epoch, counts)
    finally:
        session.stop()
    shutil.rmtree(export, ignore_errors=True)
    return counts


def check(conninfo: str, say: Callable[[str], None] = print) -> list[str]:
    """Compares every app table in Spark with the app as it is now, row for
    row (a whole copy landed beside it, EXCEPT ALL both ways); returns the
    tables that differ. Meant right after a landing, while the app rests."""
    export = spark.spark_dir() / "export"
    psycopg.connect(conninfo).close()
    session = spark.session()
    differ = []
    try:
        session.sql(f"create database if not exists {CHECK_NAMESPACE}")
        plans, _ = _export(conninfo, export, {}, set(), full=True, say=lambda line: None)
        for plan in plans:
            _land_table(session, export, plan, CHECK_NAMESPACE)
            held, now = f"{NAMESPACE}.{plan.table}", f"{CHECK_NAMESPACE}.{plan.table}"
            extra = session.sql(f"select * from {held} except all select * from {now}").count()
            missing = session.sql(f"select * from {now} except all select * from {held}").count()
            say(f"headroom: app.{plan.table}: {extra:,} rows Spark holds that the app has not, "
                f"{missing:,} the app has that Spark does not")
            if extra or missing:
                differ.append(plan.table)
            session.sql(f"drop table {now} purge")
        session.sql(f"drop database {CHECK_NAMESPACE}")
    finally:
        session.stop()
    shutil.rmtree(export, ignore_errors=True)
    return differ


def _last_landings(session) -> dict[str, tuple[int | None, dt.datetime | None]]:
    """Each table's epoch and watermark at its last landing."""
    rows = session.sql(
        f"select table_name, epoch, date_format(landed_through, '{STAMP_FORMAT}') as landed_through "
        f"from (select *, row_number() over (partition by table_name order by landed_at desc) as newest "
        f"from {HISTORY}) where newest = 1"
    ).collect()
    return {
        row.table_name: (row.epoch, _utc(row.landed_through) if row.landed_through else None)
        for row in rows
    }


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc)


def _whole_reason(conn, table: str, last, present: set[str], epoch_rows: tuple, full: bool,
                  read_from: dt.datetime | None, log_days: int) -> str | None:
    """Why `table` must be copied whole, or None when its changes will do."""
    epoch, state_rows = epoch_rows
    if full:
        return "asked for: --full"
    if table not in present:
        return "not in Spark yet"
    if last is None:
        return "no earlier landing on record"
    if state_rows != 1:
        return "the replica state does not have one row"
    if last[0] != epoch:
        return f"the replica was rebuilt (epoch {last[0]} -> {epoch}) since the last landing"
    if read_from is None:
        return "the last landing held no stamp"
    old, truncated = conn.execute(
        sql.SQL(
            "select {read_from} < current_timestamp - make_interval(days => {days}), "
            "exists (select 1 from app.{log} where table_name = {table} and id is null "
            "and deleted_at >= {read_from})"
        ).format(read_from=sql.Literal(read_from), days=sql.Literal(log_days),
                 log=sql.Identifier(DELETE_LOG), table=sql.Literal(table))
    ).fetchone()
    if old:
        return f"the last landing is older than the delete log keeps ({log_days} days)"
    if truncated:
        return f"the replica truncated app.{table}"
    return None


def _export(conninfo: str, export: Path, last: dict, present: set[str], *, full: bool,
            say: Callable[[str], None]) -> tuple[list[Plan], int | None]:
    """Writes each table's rows to land (and the ids to delete) as CSV files,
    from one snapshot of the app (a repeatable-read transaction); returns
    the plans and the replica's epoch."""
    settle_minutes, log_days = feed_settings()
    shutil.rmtree(export, ignore_errors=True)
    export.mkdir(parents=True)
    plans = []
    with psycopg.connect(conninfo) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        epoch_rows = conn.execute(
            sql.SQL("select max(epoch), count(*) from app.{}").format(sql.Identifier(REPLICA_STATE))
        ).fetchone()
        for table in APP_TABLES:
            landed = last.get(table)
            read_from = (landed[1] - dt.timedelta(minutes=settle_minutes)
                         if landed and landed[1] else None)
            reason = _whole_reason(conn, table, landed, present, epoch_rows, full, read_from, log_days)
            plan = Plan(table, None if reason else read_from, reason)
            where = (sql.SQL("") if reason else
                     sql.SQL(" where {} >= {}").format(sql.Identifier(REPLICA_COLUMN), sql.Literal(read_from)))
            plan.changed = _copy(conn, table, where, export / f"{table}.csv")
            if not reason:
                plan.deleted = _copy_deleted(conn, table, read_from, export / f"{table}.deleted.csv")
            newest = conn.execute(
                sql.SQL("select max({}) from app.{}").format(sql.Identifier(REPLICA_COLUMN), sql.Identifier(table))
            ).fetchone()[0]
            held = landed[1] if landed and not reason else None
            plan.landed_through = max(filter(None, [newest, held]), default=None)
            _report_nan(conn, table, where, say)
            plans.append(plan)
        for table in REPLICA_TABLES:
            _copy(conn, table, sql.SQL(""), export / f"{table}.csv")
    return plans, epoch_rows[0]


def _copy(conn, table: str, where: sql.Composable, path: Path) -> int:
    """The rows of app.`table` matching `where`, as CSV text; their count."""
    select = sql.SQL(", ").join(sql.SQL(_as_text(name, kind)) for name, kind in spark.app_columns(table))
    cursor = conn.cursor()
    with open(path, "wb") as out, cursor.copy(
        sql.SQL("copy (select {} from app.{}{} order by 1) to stdout with (format csv, header true, null {})")
        .format(select, sql.Identifier(table), where, sql.Literal("\\N"))
    ) as copy:
        for chunk in copy:
            out.write(chunk)
    # COPY's own count: a text value may hold a line break
    return cursor.rowcount


def _copy_deleted(conn, table: str, read_from: dt.datetime, path: Path) -> int:
    """The ids the delete log names for `table` since read_from that the app
    does not hold now (a row inserted again counts again: it is among the
    changes, stamped after its delete)."""
    ids = [row[0] for row in conn.execute(
        sql.SQL(
            "select distinct log.id from app.{log} as log where log.table_name = {name} "
            "and log.id is not null and log.deleted_at >= {read_from} "
            "and not exists (select 1 from app.{table} as kept where kept.id = log.id) order by 1"
        ).format(log=sql.Identifier(DELETE_LOG), name=sql.Literal(table), read_from=sql.Literal(read_from),
                 table=sql.Identifier(table))
    )]
    path.write_text("id\n" + "".join(f"{id_}\n" for id_ in ids))
    return len(ids)


def _raw(session, export: Path, name: str, columns: list[tuple[str, str]]):
    """A CSV file of the export as a Spark frame of text columns."""
    return (
        session.read.option("header", "true")
        .option("nullValue", "\\N")
        .option("emptyValue", "")
        .option("multiLine", "true")
        .option("escape", '"')
        .schema(", ".join(f"`{column}` string" for column, _ in columns))
        .csv(str(export / name))
    )


def _land_table(session, export: Path, plan: Plan, namespace: str) -> int:
    """Lands one table's export: whole, or merged; the rows it then holds."""
    table, columns = plan.table, spark.app_columns(plan.table)
    target = f"{namespace}.{table}"
    _raw(session, export, f"{table}.csv", columns).createOrReplaceTempView(f"raw_{table}")
    casts = ", ".join(f"cast(`{name}` as {kind}) as `{name}`" for name, kind in columns)
    if plan.reason is not None:
        session.sql(f"create or replace table {target} using iceberg as select {casts} from raw_{table}")
    elif plan.changed or plan.deleted:
        _raw(session, export, f"{table}.deleted.csv", [("id", "bigint")]).createOrReplaceTempView(
            f"gone_{table}")
        gone = ", ".join("cast(id as bigint) as id" if name == "id" else f"cast(null as {kind}) as `{name}`"
                         for name, kind in columns)
        names = [f"`{name}`" for name, _ in columns]
        session.sql(f"""
            merge into {target} as held
            using (
                select {casts}, false as gone from raw_{table}
                union all
                select {gone}, true as gone from gone_{table}
            ) as landed
            on held.id = landed.id
            when matched and landed.gone then delete
            when matched then update set {", ".join(f"held.{n} = landed.{n}" for n in names)}
            when not matched and not landed.gone then insert ({", ".join(names)})
                values ({", ".join(f"landed.{n}" for n in names)})
        """)
    return session.table(target).count()


def _record(session, plans: list[Plan], epoch: int | None, counts: dict[str, int]) -> None:
    """One row per app table in landing.app_loads, in one commit."""
    def literal(value) -> str:
        if value is None:
            return "null"
        if isinstance(value, dt.datetime):
            return f"timestamp'{value.astimezone(dt.timezone.utc):%Y-%m-%d %H:%M:%S.%f}'"
        if isinstance(value, str):
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
        return str(value)

    rows = ", ".join(
        "(" + ", ".join([
            literal(plan.table), literal(epoch), literal(plan.landed_through),
            literal("whole" if plan.reason else "changes"), literal(plan.reason),
            literal(plan.changed), literal(plan.deleted), literal(counts[plan.table]), "current_timestamp()",
        ]) + ")"
        for plan in plans
    )
    session.sql(f"insert into {HISTORY} values {rows}")


def _as_text(name: str, kind: str) -> str:
    """One column as the text Spark casts back (timestamps in ISO form)."""
    if name == REPLICA_COLUMN:
        return f"to_char({name} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as {name}"
    if kind == "timestamp":
        return f"to_char({name}, 'YYYY-MM-DD HH24:MI:SS') as {name}"
    if kind == "boolean":
        return f"case when {name} then 'true' when not {name} then 'false' end as {name}"
    return name


def _report_nan(conn, table: str, where: sql.Composable, say: Callable[[str], None]) -> None:
    """A PostgreSQL numeric may be NaN, a Spark decimal may not: each NaN
    among the rows landed is named here, since Spark reads it as null
    (unknown money, as on PostgreSQL, but not listed in dq_invalid_values
    there)."""
    numeric = [name for name, kind in spark.app_columns(table) if kind.startswith("decimal")]
    if not numeric:
        return
    counts = conn.execute(
        sql.SQL("select {} from app.{}{}").format(
            sql.SQL(", ").join(sql.SQL("count(*) filter (where {} = 'NaN')").format(sql.Identifier(name))
                               for name in numeric),
            sql.Identifier(table), where)
    ).fetchone()
    for name, count in zip(numeric, counts):
        if count:
            say(f"headroom: warning: app.{table}.{name} holds {count:,} NaN value(s) among the rows landed: "
                "null on Spark (a decimal cannot be NaN; docs/scale-out.md)")
