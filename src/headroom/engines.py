"""The same marts on two engines (decision 38): per-mart checksums on
PostgreSQL and on Spark, side by side.

A checksum of a table is its row count and, for every column, what both
engines can agree on to the cent: the sum of a number rounded to 0.01, the
count of trues of a boolean, the first and last day of a date, the count
of values of anything else (a timestamp stamped by the build, a name).
The column list and types come from PostgreSQL, whose contracts hold them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# the layers the dashboard, finance and analysts read, and the history
SCHEMAS = ("marts", "restricted", "quality", "snapshots")
# a data test's stored failing rows, kept on PostgreSQL only (decision 39)
NOT_COMPARED = ("quality.dq_reconciliation_gaps",)
NUMERIC = ("numeric", "integer", "bigint", "smallint", "double precision", "real")
# the build's own clock, different on every run and engine: counted only
BUILD_STAMPS = ("staged_at", "built_at")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # number, boolean, date or other


def _kind(data_type: str, name: str) -> str:
    if name in BUILD_STAMPS:
        return "other"
    if data_type in NUMERIC:
        return "number"
    if data_type == "boolean":
        return "boolean"
    if data_type == "date":
        return "date"
    return "other"


def mart_columns(pg_conn) -> dict[str, list[Column]]:
    """Every table and view of the mart schemas on PostgreSQL, with its
    columns in order."""
    rows = pg_conn.execute(
        """
        select c.table_schema || '.' || c.table_name, c.column_name, c.data_type
        from information_schema.columns as c
        inner join information_schema.tables as t
            on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = any(%s)
        order by 1, c.ordinal_position
        """,
        (list(SCHEMAS),),
    ).fetchall()
    tables: dict[str, list[Column]] = {}
    for table, name, data_type in rows:
        if table not in NOT_COMPARED:
            tables.setdefault(table, []).append(Column(name, _kind(data_type, name)))
    return tables


def checksum_sql(table: str, columns: list[Column], quote: str) -> tuple[str, list[str]]:
    """One query giving the table's checksum as one row, and the name of
    each value; the same SQL runs on both engines (only the quote differs)."""
    parts, labels = ["count(*)"], ["rows"]
    for column in columns:
        name = f"{quote}{column.name}{quote}"
        if column.kind == "number":
            parts.append(f"round(sum(cast({name} as decimal(38, 6))), 2)")
            labels.append(f"sum({column.name})")
        elif column.kind == "boolean":
            parts.append(f"sum(case when {name} then 1 else 0 end)")
            labels.append(f"trues({column.name})")
        elif column.kind == "date":
            parts.append(f"min({name})")
            labels.append(f"min({column.name})")
            parts.append(f"max({name})")
            labels.append(f"max({column.name})")
        # every column: how many values it has (a null must not appear
        # on one engine only)
        parts.append(f"count({name})")
        labels.append(f"values({column.name})")
    return f"select {', '.join(parts)} from {table}", labels


def _normal(value):
    """A value as both engines' drivers give it, made comparable."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value)).quantize(Decimal("0.01"))
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.01"))
    return value


def checksums(pg_conn, spark) -> list[tuple[str, str, object, object]]:
    """(table, label, PostgreSQL's value, Spark's value) for every value
    of every mart's checksum; a table Spark lacks shows as missing."""
    found = []
    for table, columns in mart_columns(pg_conn).items():
        pg_sql, labels = checksum_sql(table, columns, '"')
        pg_row = pg_conn.execute(pg_sql).fetchone()
        try:
            spark_row = spark.sql(checksum_sql(table, columns, "`")[0]).collect()[0]
        except Exception as exc:  # noqa: BLE001 - reported, never hidden
            found.append((table, "table", "present", f"missing on Spark: {str(exc).splitlines()[0]}"))
            continue
        for label, pg_value, spark_value in zip(labels, pg_row, spark_row):
            found.append((table, label, _normal(pg_value), _normal(spark_value)))
    return found


def differences(found) -> list[tuple[str, str, object, object]]:
    return [row for row in found if row[2] != row[3]]
