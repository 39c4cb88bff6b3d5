"""The hours worked, built in bulk: a member's actuals are NumPy columns
(one array per column, never one Python object per row), gathered over a
batch of members and streamed to app.actuals as CSV written by Arrow.

Only the rows that carry a defect (the defect rate, a percent or two) are
made one by one, since each is broken in its own way (defects.break_row).
Each member draws from its own NumPy stream seeded by (seed, member id),
so the same config always gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import psycopg
import pyarrow as pa
import pyarrow.csv as pa_csv

from headroom import calendar
from headroom.simulator import firm, schema
from headroom.simulator.config import Config, rng_for
from headroom.simulator.defects import DEFECT_CLASSES, DefectLog, break_row

# the NumPy stream of a member's hours: (seed, this tag, member id)
_STREAM_TAG = 4_242
_DAY = np.timedelta64(1, "D")
_SECOND = np.timedelta64(1, "s")
# text columns are codes into these, turned into text by Arrow at the end
_SOURCES = ("allocation_backfill", "import", "timesheet")
_SOURCE_TEXT = pa.array(_SOURCES)
_NOTE_TEXT = pa.array(firm.NOTES)


class DayAxis:
    """Every day from the start of the history to the as-of day, and which
    of them are working days; a member's rows are offsets into it."""

    def __init__(self, cfg: Config, holidays: frozenset):
        self.first = np.datetime64(cfg.history_start, "D")
        count = (cfg.as_of - cfg.history_start).days + 1
        self.days = self.first + np.arange(count) * _DAY
        self.working = np.array(
            [calendar.is_working_day(cfg.history_start + dt.timedelta(days=i), holidays) for i in range(count)]
        )
        self.launch = (cfg.tracking_launch - cfg.history_start).days
        self.as_of = count - 1

    def index(self, day: dt.date) -> int:
        return (day - self.first.astype(dt.date)).days


def _rows_of_the_plan(axis: DayAxis, plan: list[tuple], first: int, last: int):
    """(day index, project id, planned hours) of every working day an
    allocation covers between `first` and `last`, by day then by start."""
    days, projects, planned, ranks = [], [], [], []
    for rank, (project, start, end, hours) in enumerate(sorted(plan, key=lambda item: item[1])):
        stop = min(axis.index(end), last)
        if project.left_planned:
            # cancelled: the plan stayed, the work stopped
            stop = min(stop, axis.index(project.work_to))
        begin = max(axis.index(start), first)
        if stop < begin:
            continue
        span = np.arange(begin, stop + 1)
        span = span[axis.working[span]]
        days.append(span)
        projects.append(np.full(span.size, project.id, dtype=np.int64))
        planned.append(np.full(span.size, hours))
        ranks.append(np.full(span.size, rank))
    if not days:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([])
    day, project, hours, rank = (np.concatenate(parts) for parts in (days, projects, planned, ranks))
    order = np.lexsort((rank, day))
    return day[order], project[order], hours[order]


def _edits(rng: np.random.Generator, created: np.ndarray, limit: np.datetime64, edit_p: float, delete_p: float):
    """(updated_at, deleted_at) per row, as _edit_stamps in generate.py
    decides them for one row: most rows never change; an edit or delete
    that would fall after the as-of day has not happened yet."""
    n = created.size
    u = rng.random(n)
    edited = created + rng.integers(1, 26, n) * 86_400 * _SECOND + rng.integers(0, 601, n) * 60 * _SECOND
    removed = created + rng.integers(0, 21, n) * 86_400 * _SECOND + rng.integers(1, 601, n) * 60 * _SECOND
    is_edit = (u < edit_p) & (edited <= limit)
    is_delete = (u >= edit_p) & (u < edit_p + delete_p) & (removed <= limit)
    updated = np.where(is_edit, edited, np.where(is_delete, removed, created))
    deleted = np.where(is_delete, removed, np.datetime64("NaT", "s"))
    return updated, deleted


class MemberActuals:
    """One member's actuals as columns (see `columns`), and the rows with a
    defect, made one by one into `odd_rows` (CSV lines)."""

    def __init__(self, cfg: Config, axis: DayAxis, member, plan: list[tuple], off_hours: np.ndarray,
                 first_id: int, defects: DefectLog):
        rng = np.random.default_rng([cfg.seed, _STREAM_TAG, member.id])
        first = axis.index(max(member.started_on, cfg.history_start))
        last = min(axis.as_of, axis.index(min(cfg.as_of, member.ended_on or cfg.as_of)))
        day, project, planned = _rows_of_the_plan(axis, plan, first, last)
        n = day.size
        daily = member.capacity / 5
        available = np.maximum(0.0, 1 - off_hours[day] / daily) if daily else np.zeros(n)
        backfilled = day < axis.launch
        # after the launch, a day in 25 is not entered at all
        entered = backfilled | (rng.random(n) >= 0.04)
        spread = np.where(backfilled, 1.0, rng.normal(1.0, 0.12, n))
        hours = np.minimum(np.round(planned * available * spread / 0.25) * 0.25, 12.0)
        keep = entered & (hours > 0)
        day, project, hours, backfilled = day[keep], project[keep], hours[keep], backfilled[keep]
        n = day.size
        worked_on = axis.days[day]

        # when the row was entered: a timesheet on the day or a few days
        # later, an import two days into the next month; backfills at launch
        as_of_day = axis.days[axis.as_of]
        if member.user_id is None:
            source = _SOURCES.index("import")
            month_after = (worked_on.astype("datetime64[M]") + 1).astype("datetime64[D]")
            created = (month_after + 2 * _DAY).astype("datetime64[s]") + 6 * 3600 * _SECOND
        else:
            source = _SOURCES.index("timesheet")
            late = np.array([0, 0, 0, 1, 2, 3])[rng.integers(0, 6, n)]
            created = ((worked_on + late * _DAY).astype("datetime64[s]")
                       + (rng.integers(16, 23, n) * 3600 + rng.integers(0, 60, n) * 60 + rng.integers(0, 60, n)) * _SECOND)
        day_end = (as_of_day + _DAY).astype("datetime64[s]")
        too_late = created >= day_end
        created = np.where(
            too_late,
            as_of_day.astype("datetime64[s]") + (23 * 3600 + rng.integers(0, 60, n) * 60 + rng.integers(0, 60, n)) * _SECOND,
            created,
        )
        backfill_at = np.datetime64(cfg.tracking_launch, "s") + 2 * 3600 * _SECOND
        created = np.where(backfilled, backfill_at, created)
        updated, deleted = _edits(rng, created, day_end - _SECOND, 0.04, 0.01)
        updated = np.where(backfilled, created, updated)
        deleted = np.where(backfilled, np.datetime64("NaT", "s"), deleted)
        noted = rng.random(n) < 0.08
        notes = np.where(noted, rng.integers(0, len(firm.NOTES), n), -1)

        # defects: a share of the live rows, split evenly between the classes
        classes = DEFECT_CLASSES["actuals"]
        defect = np.full(n, -1)
        if cfg.defect_rate > 0:
            u = rng.random(n)
            hit = (u < cfg.defect_rate) & np.isnat(deleted)
            defect[hit] = (u[hit] / cfg.defect_rate * len(classes)).astype(int)
        doubled = defect == classes.index("double_submit")
        ids = first_id + np.arange(n) + np.concatenate(([0], np.cumsum(doubled)[:-1])) if n else np.array([], np.int64)
        self.next_id = first_id + n + int(doubled.sum())

        sources = np.where(backfilled, _SOURCES.index("allocation_backfill"), source)
        self.odd_rows: list[str] = []
        odd = np.flatnonzero(defect >= 0)
        if odd.size:
            py_rng = rng_for(cfg, "actuals-defects", member.id)
            for i in odd:
                values = [int(ids[i]), member.id, int(project[i]), worked_on[i].item(), float(hours[i]),
                          _SOURCES[sources[i]], firm.NOTES[notes[i]] if notes[i] >= 0 else None,
                          created[i].item(), updated[i].item(), None]
                name = classes[defect[i]]
                if name == "double_submit":
                    again = values[7] + dt.timedelta(seconds=py_rng.randint(3, 55))
                    values = [values[0] + 1, *values[1:7], again, again, None]
                    defects.add("actuals", values[0], name, cfg.as_of)
                else:
                    values = break_row(values, name, "actuals", py_rng, cfg)
                    defects.add("actuals", values[0], name, cfg.as_of)
                self.odd_rows.append(csv_line(values))
        # the double submit's first row is an ordinary row; the others left
        clean = (defect < 0) | doubled
        self.columns = {
            "id": ids[clean],
            "team_member_id": np.full(int(clean.sum()), member.id, dtype=np.int64),
            "project_id": project[clean],
            "worked_on": worked_on[clean],
            "hours": hours[clean],
            "source": sources[clean],
            "notes": notes[clean],
            "created_at": created[clean],
            "updated_at": updated[clean],
            "deleted_at": deleted[clean],
        }
        self.rows = int(clean.sum()) + len(self.odd_rows)


def csv_line(values: list) -> str:
    """One row as a CSV line for COPY ... (format csv): null unquoted and
    empty, text always quoted."""
    fields = []
    for value in values:
        if value is None:
            fields.append("")
        elif isinstance(value, str):
            fields.append('"' + value.replace('"', '""') + '"')
        elif isinstance(value, dt.datetime):
            fields.append(value.isoformat(" ", "seconds"))
        elif isinstance(value, float):
            fields.append(f"{value:.2f}")
        else:
            fields.append(str(value))
    return ",".join(fields) + "\n"


class ActualsStream:
    """Gathers members' columns and sends them to app.actuals in batches,
    each one COPY in CSV: Arrow writes the common rows, the odd rows follow."""

    def __init__(self, conn: psycopg.Connection, batch_rows: int = 250_000):
        self.conn = conn
        self.names = schema.column_names("actuals")
        self.batch_rows = batch_rows
        self.parts: list[MemberActuals] = []
        self.pending = 0
        self.rows = 0

    def write(self, member: MemberActuals) -> None:
        self.parts.append(member)
        self.pending += member.rows
        if self.pending >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if not self.parts:
            return
        columns = {name: np.concatenate([part.columns[name] for part in self.parts]) for name in self.names}
        columns["source"] = _SOURCE_TEXT.take(pa.array(columns["source"]))
        notes = columns["notes"]
        columns["notes"] = _NOTE_TEXT.take(pa.array(notes, mask=notes < 0))
        table = pa.table({
            name: column if isinstance(column, pa.Array) else pa.array(column, from_pandas=True)
            for name, column in ((name, columns[name]) for name in self.names)
        })
        buffer = io.BytesIO()
        pa_csv.write_csv(table, buffer, pa_csv.WriteOptions(include_header=False))
        odd = "".join(line for part in self.parts for line in part.odd_rows)
        with self.conn.cursor().copy(f"copy app.actuals ({', '.join(self.names)}) from stdin (format csv)") as copy:
            copy.write(buffer.getbuffer())
            copy.write(odd)
        self.rows += self.pending
        self.parts.clear()
        self.pending = 0

    def close(self) -> None:
        self.flush()
