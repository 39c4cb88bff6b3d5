"""Rows to PostgreSQL's COPY text format, streamed to the app tables in
large chunks, and the plain COPY the generator's speed is measured against
(the benchmark's floor)."""

from __future__ import annotations

import datetime as dt
import time

import psycopg

from headroom.simulator import schema

def text_field(value) -> str:
    text = str(value)
    if "\\" in text or "\t" in text or "\n" in text:
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return text


NULL = r"\N"


def timestamp_field(value: dt.datetime) -> str:
    """timestamp(0): whole seconds, as strftime gave them."""
    return value.isoformat(" ", "seconds")


# One formatter per type, looked up once per value: the generator formats
# millions of fields, and a chain of isinstance checks was its largest cost.
_FORMATTERS = {
    type(None): lambda value: NULL,
    bool: lambda value: "t" if value else "f",
    float: lambda value: f"{value:.2f}",
    int: int.__str__,
    dt.date: dt.date.isoformat,
    dt.datetime: timestamp_field,
    str: text_field,
}


def fmt(value) -> str:
    """One COPY text field."""
    return _FORMATTERS.get(type(value), text_field)(value)


def line(values) -> str:
    return "\t".join([_FORMATTERS.get(type(v), text_field)(v) for v in values]) + "\n"


class CopyStream:
    """Buffers COPY text for one table and sends it in large chunks."""

    def __init__(self, conn: psycopg.Connection, table: str, chunk_bytes: int = 1 << 20):
        cols = ", ".join(schema.column_names(table))
        self.cursor = conn.cursor()
        self._copy_cm = self.cursor.copy(f"copy app.{table} ({cols}) from stdin")
        self.copy = self._copy_cm.__enter__()
        self.parts: list[str] = []
        self.size = 0
        self.chunk_bytes = chunk_bytes
        self.rows = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        self.rows += 1
        if self.size >= self.chunk_bytes:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.copy.write("".join(self.parts))
            self.parts.clear()
            self.size = 0

    def close(self) -> None:
        self.flush()
        self._copy_cm.__exit__(None, None, None)
        self.cursor.close()

    def abort(self, exc: BaseException) -> None:
        """Ends the COPY with the producer's error (the server rolls it
        back). Without it, an error while rows were made left the COPY open
        and the process waiting on it for good."""
        self._copy_cm.__exit__(type(exc), exc, exc.__traceback__)
        self.cursor.close()


def copy_floor(conninfo: str) -> dict[str, float]:
    """The floor the generator is measured against: a plain COPY FROM of the
    same rows it just wrote (dumped to a temporary file first, then loaded
    into an unlogged-free scratch table of the same shape), in this run."""
    import os
    import tempfile

    rows_total = 0
    seconds_total = 0.0
    with psycopg.connect(conninfo) as conn, tempfile.TemporaryDirectory() as folder:
        for table in ("users", "team_members", "projects", "allocations", "time_off", "actuals"):
            path = os.path.join(folder, f"{table}.copy")
            with open(path, "wb") as handle, conn.cursor().copy(f"copy app.{table} to stdout") as copy:
                for chunk in copy:
                    handle.write(chunk)
            conn.execute(f"create temporary table floor_{table} (like app.{table} including all)")
            started = time.perf_counter()
            with open(path, "rb") as handle, conn.cursor().copy(f"copy floor_{table} from stdin") as copy:
                while chunk := handle.read(1 << 20):
                    copy.write(chunk)
            conn.commit()
            seconds_total += time.perf_counter() - started
            rows_total += conn.execute(f"select count(*) from floor_{table}").fetchone()[0]
            conn.execute(f"drop table floor_{table}")
            conn.commit()
    return {"rows": rows_total, "seconds": seconds_total}
