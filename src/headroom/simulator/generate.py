"""`headroom app generate`: a deterministic Headroom app database.

Rows are produced by generators and streamed to PostgreSQL with COPY, so no
table is ever held in memory whole (members and projects, a few thousand
rows per unit of scale, are the exception the allocation planner needs).
Each member and each project draws from its own random stream seeded by
(seed, kind, id), so the same scale, seed and day give identical tables.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterator

import psycopg

from headroom import calendar
from headroom.simulator import firm, schema

DAY = dt.timedelta(days=1)
HISTORY_YEARS = 3
PLAN_DAYS = 365
ORPHAN_ID_BASE = 900_000_000
EXTRA_ID_BASE = 800_000_000

# The defect classes each table can carry (the rate is split between them).
DEFECT_CLASSES: dict[str, tuple[str, ...]] = {
    "actuals": (
        "double_submit", "hours_out_of_range", "future_worked_on",
        "orphan_team_member", "orphan_project", "invalid_updated_at",
    ),
    "allocations": (
        "hours_out_of_range", "inverted_date_range", "orphan_team_member",
        "orphan_project", "invalid_updated_at",
    ),
    "time_off": (
        "hours_out_of_range", "inverted_date_range", "orphan_team_member",
        "invalid_updated_at",
    ),
    # Parents carry their defects on extra rows that nothing references, so
    # the truth stays one row per defect (a rejected parent would otherwise
    # drag its children along).
    "projects": ("unknown_project_status", "unknown_project_type", "invalid_updated_at"),
    "team_members": ("invalid_updated_at", "role_variant"),
    "users": ("invalid_updated_at",),
}
# Classes the warehouse conforms instead of rejecting.
CONFORMED_CLASSES = {"role_variant"}


@dataclass(frozen=True)
class Config:
    scale: float
    seed: int
    as_of: dt.date
    defect_rate: float = 0.0

    @property
    def history_start(self) -> dt.date:
        return self.as_of.replace(year=self.as_of.year - HISTORY_YEARS, day=1)

    @property
    def plan_end(self) -> dt.date:
        return self.as_of + dt.timedelta(days=PLAN_DAYS)

    @property
    def tracking_launch(self) -> dt.date:
        """The day actuals tracking launched; earlier days were backfilled."""
        return self.history_start + dt.timedelta(days=182)

    @property
    def n_members(self) -> int:
        return max(5, round(250 * self.scale))

    @property
    def n_projects(self) -> int:
        return max(8, round(400 * self.scale))


class _Random(random.Random):
    """random.Random with randint and choice drawn from one random() call:
    the standard ones go through randrange and getrandbits, and were a
    sixth of the generator's time. Same distributions, another stream."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


def rng_for(cfg: Config, kind: str, key: int = 0) -> random.Random:
    return _Random(f"{cfg.seed}:{kind}:{key}")


def _fmt_text(value) -> str:
    text = str(value)
    if "\\" in text or "\t" in text or "\n" in text:
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return text


NULL = r"\N"


def _timestamp(value: dt.datetime) -> str:
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
    dt.datetime: _timestamp,
    str: _fmt_text,
}


def fmt(value) -> str:
    """One COPY text field."""
    return _FORMATTERS.get(type(value), _fmt_text)(value)


def line(values) -> str:
    return "\t".join([_FORMATTERS.get(type(v), _fmt_text)(v) for v in values]) + "\n"


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


@dataclass
class Member:
    id: int
    user_id: int | None
    name: str
    role: str
    team: str
    capacity: float
    started_on: dt.date
    ended_on: dt.date | None
    load: float  # how fully the planner books this member


@dataclass
class Project:
    id: int
    type_id: int
    status_id: int
    starts_on: dt.date | None
    ends_on: dt.date | None
    work_from: dt.date | None  # the span members are planned on it
    work_to: dt.date | None
    # Cancelled while running, and the planners never removed its plan: the
    # allocations run on past work_to (stale plans the warehouse reports).
    left_planned: bool = False


@dataclass
class DefectLog:
    rows: list[tuple[str, int, str, dt.date]] = field(default_factory=list)

    def add(self, table: str, row_id: int, defect: str, day: dt.date) -> None:
        self.rows.append((table, row_id, defect, day))


class Injector:
    """Decides, row by row, whether (and which) defect a row carries."""

    def __init__(self, cfg: Config, table: str):
        self.rate = cfg.defect_rate
        self.classes = DEFECT_CLASSES[table]
        self.rng = rng_for(cfg, f"defects:{table}")

    def pick(self) -> str | None:
        if self.rate <= 0:
            return None
        u = self.rng.random()
        if u >= self.rate:
            return None
        return self.classes[int(u / self.rate * len(self.classes))]


# --- the firm ---------------------------------------------------------------

def make_members(cfg: Config) -> list[Member]:
    roles = list(firm.ROLES)
    members = []
    horizon_days = (cfg.as_of - cfg.history_start).days
    for member_id in range(1, cfg.n_members + 1):
        rng = rng_for(cfg, "member", member_id)
        if rng.random() < 0.01:
            role = rng.choice(firm.UNMAPPED_ROLES)
            team = "Engineering"
        else:
            role = rng.choices(roles, weights=firm.ROLE_WEIGHTS)[0]
            team = firm.ROLES[role][0]
        contractor = rng.random() < 0.10
        capacity = rng.choice(firm.PART_TIME_HOURS) if rng.random() < 0.12 else 40.0
        joined = rng.random()
        if joined < 0.65:
            started = cfg.history_start - dt.timedelta(days=rng.randint(30, 3000))
        elif joined < 0.97:
            started = cfg.history_start + dt.timedelta(days=rng.randint(0, horizon_days))
        else:  # signed, starting soon
            started = cfg.as_of + dt.timedelta(days=rng.randint(1, 90))
        ended = None
        if rng.random() < 0.15 and started < cfg.as_of - dt.timedelta(days=60):
            first = max(started + dt.timedelta(days=60), cfg.history_start)
            span = (cfg.as_of - first).days
            if span > 0:
                ended = first + dt.timedelta(days=rng.randint(0, span))
        load_kind = rng.random()
        load = 0.35 if load_kind < 0.10 else (rng.uniform(1.1, 1.3) if load_kind > 0.85 else rng.uniform(0.7, 0.95))
        name = f"{rng.choice(firm.FIRST_NAMES)} {rng.choice(firm.LAST_NAMES)}"
        members.append(
            Member(member_id, None if contractor else member_id, name, role, team,
                   capacity, started, ended, load)
        )
    return members


def _project_timeline(cfg: Config, rng: random.Random, type_id: int) -> tuple:
    """(status, starts_on, ends_on, work_from, work_to) for a new project."""
    span = (cfg.as_of - cfg.history_start).days
    start = cfg.history_start - dt.timedelta(days=120) + dt.timedelta(days=rng.randint(0, span + 300))
    if type_id == firm.INTERNAL:
        end = None if rng.random() < 0.6 else start + dt.timedelta(days=rng.randint(90, 720))
    elif type_id == firm.SUPPORT:
        end = None if rng.random() < 0.3 else start + dt.timedelta(days=rng.randint(365, 1095))
    else:
        end = start + dt.timedelta(days=rng.randint(45, 365))
    if start > cfg.as_of:
        status = rng.choices([firm.INITIAL, firm.PROPOSAL, firm.CONFIRMED], weights=[3, 4, 3])[0]
        return status, start, end, start, end
    if end is not None and end <= cfg.as_of:
        if rng.random() < 0.08:
            # Cancelled before any work; old proposals that never moved keep
            # the retired Pipeline status.
            status = firm.PIPELINE if (start < cfg.history_start + dt.timedelta(days=365) and rng.random() < 0.5) else firm.CANCELLED
            return status, start, end, None, None
        return firm.COMPLETED, start, end, start, end
    if rng.random() < 0.12:
        hold_from = cfg.as_of - dt.timedelta(days=rng.randint(5, 120))
        work_to = max(start, hold_from)
        return firm.ON_HOLD, start, end, start, work_to
    if rng.random() < 0.05:
        # Cancelled a few weeks ago; its plan is left in place (left_planned).
        cancelled_on = max(start, cfg.as_of - dt.timedelta(days=rng.randint(3, 45)))
        return firm.CANCELLED, start, end, start, cancelled_on
    return firm.IN_PROGRESS, start, end, start, end


def make_projects(cfg: Config) -> list[Project]:
    projects = []
    for project_id in range(1, cfg.n_projects + 1):
        rng = rng_for(cfg, "project", project_id)
        type_id = rng.choices(firm.TYPE_IDS, weights=[62, 20, 18])[0]
        status, start, end, work_from, work_to = _project_timeline(cfg, rng, type_id)
        left_planned = status == firm.CANCELLED and work_from is not None and (end is None or end > cfg.as_of)
        projects.append(Project(project_id, type_id, status, start, end, work_from, work_to, left_planned))
    return projects


def project_row(cfg: Config, p: Project) -> list:
    rng = rng_for(cfg, "project-row", p.id)
    if p.type_id == firm.INTERNAL:
        client = None
        name = f"{rng.choice(firm.INTERNAL_PROJECTS)} {p.id}"
        code = f"INT-{p.id:04d}"
        currency = "USD"
    else:
        client = rng.choice(firm.CLIENTS)
        name = f"{client} {rng.choice(['platform', 'mobile app', 'data warehouse', 'redesign', 'migration', 'support desk', 'API'])}"
        code = f"{firm.CLIENT_CODES[client]}-{p.id:04d}"
        currency = rng.choices(firm.CURRENCIES, weights=firm.CURRENCY_WEIGHTS)[0]
    hourly = round(rng.uniform(110, 190), 0) if p.type_id == firm.BILLABLE and rng.random() < 0.5 else None
    fee = round(rng.uniform(4000, 40000), -2) if p.type_id == firm.SUPPORT else None
    budget = round(rng.uniform(300, 6000), -1) if p.type_id == firm.BILLABLE else None
    launch = cfg.history_start
    # Nothing is created after the simulated today, not even future work.
    created_day = min(cfg.as_of, max(launch, (p.starts_on or launch) - dt.timedelta(days=rng.randint(14, 90))))
    created = at(created_day, 9, rng.randint(0, 59), rng.randint(0, 59))
    last_edit = min(cfg.as_of, max(created_day, min(p.work_to or cfg.as_of, cfg.as_of)))
    updated = max(created, at(last_edit, 15, rng.randint(0, 59)))
    return [p.id, code, name, client, p.type_id, p.status_id, p.starts_on, p.ends_on,
            hourly, fee, budget, currency, created, updated, None]


def member_row(cfg: Config, m: Member) -> list:
    rng = rng_for(cfg, "member-row", m.id)
    team, (low, high), multiple = firm.ROLES.get(m.role, ("Engineering", (60, 80), 2.0))
    cost = round(rng.uniform(low, high), 0)
    # Some delivery staff are not billed out; a few contractors' cost rates
    # are not entered yet (their hours are uncosted).
    bill = round(cost * multiple, 0) if m.team != "Delivery" or rng.random() < 0.8 else None
    if m.user_id is None and rng.random() < 0.05:
        cost = None
    created_day = min(cfg.as_of, max(cfg.history_start, m.started_on - dt.timedelta(days=rng.randint(7, 30))))
    created = at(created_day, 8, rng.randint(0, 59), rng.randint(0, 59))
    updated = created
    if m.ended_on:
        updated = max(created, at(min(m.ended_on, cfg.as_of), 18))
    active = m.ended_on is None or m.ended_on >= cfg.as_of
    email = f"{m.name.lower().replace(' ', '.')}.{m.id}@headroom.example"
    return [m.id, m.user_id, m.name, email, m.role, m.team, m.capacity, cost, bill,
            active, m.started_on, m.ended_on, created, updated, None]


def user_rows(cfg: Config, members: list[Member]) -> Iterator[list]:
    for m in members:
        if m.user_id is None:
            continue
        rng = rng_for(cfg, "user", m.id)
        # a login made before the member starts, and never after the simulated today
        created = at(min(cfg.as_of, max(cfg.history_start - dt.timedelta(days=400),
                                        m.started_on - dt.timedelta(days=10))), 8, rng.randint(0, 59))
        email = f"{m.name.lower().replace(' ', '.')}.{m.id}@headroom.example"
        yield [m.user_id, m.name, email, m.role == "Delivery Lead", created, created]


# --- the plan, time off and hours worked, member by member -------------------

class ProjectIndex:
    """Projects open for planning, by month, for quick random picks."""

    def __init__(self, cfg: Config, projects: list[Project]):
        self.first = cfg.history_start
        self.by_month: dict[int, list[Project]] = {}
        for p in projects:
            if p.work_from is None:
                continue
            last = p.work_to or cfg.plan_end
            for month in range(self._month(max(p.work_from, self.first)), self._month(min(last, cfg.plan_end)) + 1):
                self.by_month.setdefault(month, []).append(p)

    def _month(self, day: dt.date) -> int:
        return (day.year - self.first.year) * 12 + day.month - self.first.month

    def open_on(self, day: dt.date) -> list[Project]:
        candidates = self.by_month.get(self._month(day), [])
        return [p for p in candidates if p.work_from <= day and (p.work_to is None or p.work_to >= day)]


def round_to(value: float, step: float) -> float:
    return round(value / step) * step


def plan_member(cfg: Config, m: Member, index: ProjectIndex, rng: random.Random) -> list[tuple]:
    """The member's allocations as (project, starts_on, ends_on, hours_per_day)."""
    first = max(m.started_on, cfg.history_start)
    last = min(m.ended_on or cfg.plan_end, cfg.plan_end)
    daily = m.capacity / 5
    plan = []
    day = first
    while day <= last:
        length = rng.randint(20, 90)
        open_projects = index.open_on(day)
        if not open_projects:
            day += dt.timedelta(days=length)
            continue
        weights = [6 if p.type_id == firm.BILLABLE else 3 if p.type_id == firm.SUPPORT else 1 for p in open_projects]
        # Most people split their days between two or three projects.
        wanted = rng.choices((1, 2, 3, 4), weights=(20, 40, 30, 10))[0]
        chosen: list[Project] = []
        for _ in range(wanted * 2):
            pick = rng.choices(open_projects, weights=weights)[0]
            if pick not in chosen:
                chosen.append(pick)
            if len(chosen) == wanted:
                break
        shares = [rng.uniform(0.5, 1.5) for _ in chosen]
        total_share = sum(shares)
        for project, part in zip(chosen, shares):
            stops = last if project.left_planned else (project.work_to or last)
            end = min(day + dt.timedelta(days=length - 1), last, stops)
            hours = max(0.5, min(12.0, round_to(daily * m.load * part / total_share, 0.5)))
            if end >= day:
                plan.append((project, day, end, hours))
        day += dt.timedelta(days=length)
    return plan


def time_off_for(cfg: Config, m: Member, rng: random.Random) -> list[tuple]:
    """(starts_on, ends_on, hours_per_day, kind) blocks over the member's years."""
    first = max(m.started_on, cfg.history_start)
    last = min(m.ended_on or cfg.plan_end, cfg.plan_end)
    daily = m.capacity / 5
    blocks = []
    year_start = first
    while year_start <= last:
        span = min(365, (last - year_start).days + 1)
        for kind, count, length in (("vacation", 3, (3, 10)), ("sick", 2, (1, 3))):
            for _ in range(count):
                start = year_start + dt.timedelta(days=rng.randint(0, max(0, span - 1)))
                end = min(last, start + dt.timedelta(days=rng.randint(*length) - 1))
                hours = daily if rng.random() < 0.9 else round_to(daily / 2, 0.5)
                blocks.append((start, end, hours, kind))
        if rng.random() < 0.02:
            start = year_start + dt.timedelta(days=rng.randint(0, max(0, span - 1)))
            blocks.append((start, min(last, start + dt.timedelta(days=89)), daily, "parental"))
        if rng.random() < 0.2:
            start = year_start + dt.timedelta(days=rng.randint(0, max(0, span - 1)))
            blocks.append((start, start, round_to(daily / 2, 0.5), "other"))
        year_start += dt.timedelta(days=365)
    blocks.sort()
    return blocks


@dataclass
class Counters:
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, n: int = 1) -> None:
        self.rows[table] = self.rows.get(table, 0) + n


class Ids:
    def __init__(self) -> None:
        self.next = {"allocations": 1, "actuals": 1, "time_off": 1}

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def _edit_stamps(rng: random.Random, created: dt.datetime, as_of: dt.date, edit_p: float, delete_p: float):
    """(updated_at, deleted_at) for a row: most never change after creation.
    An edit or delete that would fall after the as-of day has not happened
    yet, so the row stays as created (clamping it to the day's last second
    would stamp thousands of rows at one instant, which no app does)."""
    limit = at(as_of, 23, 59, 59)
    updated, deleted = created, None
    u = rng.random()
    if u < edit_p:
        edited = created + dt.timedelta(days=rng.randint(1, 25), minutes=rng.randint(0, 600))
        if edited <= limit:
            updated = edited
    elif u < edit_p + delete_p:
        removed = created + dt.timedelta(days=rng.randint(0, 20), minutes=rng.randint(1, 600))
        if removed <= limit:
            deleted = updated = removed
    return updated, deleted


def member_rows(cfg: Config, m: Member, index: ProjectIndex, holidays: frozenset, ids: Ids,
                inject: dict[str, Injector], defects: DefectLog):
    """Yields (table, line) for the member's allocations, time off and actuals."""
    rng = rng_for(cfg, "plan", m.id)
    plan = plan_member(cfg, m, index, rng)
    blocks = time_off_for(cfg, m, rng)
    as_of = cfg.as_of

    # Allocations: created a few weeks before they start (or at app launch).
    for project, start, end, hours in plan:
        row_id = ids.take("allocations")
        created = at(max(cfg.history_start, start - dt.timedelta(days=rng.randint(3, 40))), 10, rng.randint(0, 59))
        if created.date() > as_of:
            created = at(as_of, 10, rng.randint(0, 59))
        updated, deleted = _edit_stamps(rng, created, as_of, 0.05, 0.02)
        values = [row_id, m.id, project.id, start, end, hours, created, updated, deleted]
        defect = inject["allocations"].pick() if deleted is None else None
        if defect:
            values = _break(values, defect, "allocations", rng, cfg)
            defects.add("allocations", row_id, defect, as_of)
        yield "allocations", line(values)

    off_hours: dict[dt.date, float] = {}
    for start, end, hours, kind in blocks:
        row_id = ids.take("time_off")
        created = at(max(cfg.history_start, min(as_of, start - dt.timedelta(days=rng.randint(0, 30)))), 11, rng.randint(0, 59))
        updated, deleted = _edit_stamps(rng, created, as_of, 0.05, 0.03)
        values = [row_id, m.id, start, end, hours, kind, created, updated, deleted]
        defect = inject["time_off"].pick() if deleted is None else None
        if defect:
            values = _break(values, defect, "time_off", rng, cfg)
            defects.add("time_off", row_id, defect, as_of)
        elif deleted is None:
            day = start
            while day <= end:
                off_hours[day] = off_hours.get(day, 0.0) + hours
                day += DAY
        yield "time_off", line(values)

    # Hours worked: every working day up to the as-of day, following the plan.
    daily = m.capacity / 5
    last_worked = min(as_of, m.ended_on or as_of)
    launch = cfg.tracking_launch
    backfill_at = at(launch, 2, 0, 0)
    source_kind = "import" if m.user_id is None else "timesheet"
    plan_by_start = sorted(plan, key=lambda item: item[1])
    starts = [item[1] for item in plan_by_start]
    active: list[tuple] = []
    cursor = 0
    day = max(m.started_on, cfg.history_start)
    inject_actuals = inject["actuals"]
    backfill_text = _timestamp(backfill_at)
    while day <= last_worked:
        # Sweep the plan: allocations that start today join, finished ones leave.
        while cursor < len(plan_by_start) and starts[cursor] <= day:
            active.append(plan_by_start[cursor])
            cursor += 1
        active = [item for item in active if item[2] >= day]
        if not active or not calendar.is_working_day(day, holidays):
            day += DAY
            continue
        off = off_hours.get(day, 0.0)
        available = max(0.0, 1 - off / daily) if daily else 0.0
        day_text = day.isoformat()
        for project, _, _, planned in active:
            if project.left_planned and day > project.work_to:
                continue  # cancelled: the plan stayed, the work stopped
            if day < launch:
                hours = round_to(planned * available, 0.25)
                source, created = "allocation_backfill", backfill_at
            else:
                if rng.random() < 0.04:
                    continue
                hours = round_to(planned * available * rng.gauss(1.0, 0.12), 0.25)
                source = source_kind
                if source == "import":
                    first_next = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                    created = at(first_next + dt.timedelta(days=2), 6, 0, 0)
                else:
                    created = at(day + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 3))), rng.randint(16, 22), rng.randint(0, 59), rng.randint(0, 59))
                if created.date() > as_of:
                    created = at(as_of, 23, rng.randint(0, 59), rng.randint(0, 59))
            if hours <= 0:
                continue
            hours = min(hours, 12.0)
            note = rng.choice(firm.NOTES) if rng.random() < 0.08 else None
            row_id = ids.take("actuals")
            if source == "allocation_backfill":
                updated, deleted = created, None
            else:
                updated, deleted = _edit_stamps(rng, created, as_of, 0.04, 0.01)
            values = [row_id, m.id, project.id, day, hours, source, note, created, updated, deleted]
            defect = inject_actuals.pick() if deleted is None else None
            if defect is None:
                # the common row, formatted in one go (the same text line() gives)
                created_text = backfill_text if created is backfill_at else _timestamp(created)
                updated_text = created_text if updated is created else _timestamp(updated)
                yield "actuals", (
                    f"{row_id}\t{m.id}\t{project.id}\t{day_text}\t{hours:.2f}\t{source}\t"
                    f"{_fmt_text(note) if note is not None else NULL}\t{created_text}\t{updated_text}\t"
                    f"{_timestamp(deleted) if deleted is not None else NULL}\n"
                )
                continue
            if defect == "double_submit":
                yield "actuals", line(values)
                dup_id = ids.take("actuals")
                again = created + dt.timedelta(seconds=rng.randint(3, 55))
                values = [dup_id, m.id, project.id, day, hours, source, note, again, again, None]
                defects.add("actuals", dup_id, defect, as_of)
            elif defect:
                values = _break(values, defect, "actuals", rng, cfg)
                defects.add("actuals", row_id, defect, as_of)
            yield "actuals", line(values)
        day += DAY


# Column positions of the child tables, for _break.
_POS = {
    "actuals": {"member": 1, "project": 2, "hours": 4, "day": 3, "created": 7, "updated": 8},
    "allocations": {"member": 1, "project": 2, "start": 3, "end": 4, "hours": 5, "created": 6, "updated": 7},
    "time_off": {"member": 1, "start": 2, "end": 3, "hours": 4, "created": 6, "updated": 7},
}


def _break(values: list, defect: str, table: str, rng: random.Random, cfg: Config) -> list:
    """Gives one row the defect named (a copy; the original is left alone)."""
    values = list(values)
    pos = _POS[table]
    if defect == "hours_out_of_range":
        values[pos["hours"]] = rng.choice([0.0, -2.0, 25.0, 30.5]) if table == "actuals" else rng.choice([0.0, -1.0, 24.5, 30.0])
    elif defect == "future_worked_on":
        values[pos["day"]] = values[pos["day"]].replace(year=cfg.as_of.year + 1, day=min(28, values[pos["day"]].day))
    elif defect == "orphan_team_member":
        values[pos["member"]] = ORPHAN_ID_BASE + rng.randint(1, 99_999)
    elif defect == "orphan_project":
        values[pos["project"]] = ORPHAN_ID_BASE + rng.randint(1, 99_999)
    elif defect == "inverted_date_range":
        values[pos["start"]], values[pos["end"]] = values[pos["end"]] + dt.timedelta(days=rng.randint(1, 10)), values[pos["start"]]
    elif defect == "invalid_updated_at":
        created = values[pos["created"]]
        values[pos["updated"]] = None if rng.random() < 0.5 else created - dt.timedelta(days=rng.randint(1, 30))
    else:  # pragma: no cover - a class without a breaker is a bug
        raise ValueError(f"no way to inject {defect} into {table}")
    return values


# --- parent-table defects on extra rows ---------------------------------------

def _extra_count(cfg: Config, table: str, base_rows: int) -> dict[str, int]:
    classes = [c for c in DEFECT_CLASSES[table] if c not in CONFORMED_CLASSES]
    total = round(base_rows * cfg.defect_rate)
    return {c: total // len(classes) + (1 if i < total % len(classes) else 0) for i, c in enumerate(classes)}


def extra_project_rows(cfg: Config, defects: DefectLog) -> Iterator[list]:
    rng = rng_for(cfg, "extra-projects")
    next_id = EXTRA_ID_BASE
    for defect, count in _extra_count(cfg, "projects", cfg.n_projects).items():
        for _ in range(count):
            next_id += 1
            p = Project(next_id, firm.BILLABLE, firm.PROPOSAL, cfg.as_of + dt.timedelta(days=60), None, None, None)
            values = project_row(cfg, p)
            values[1] = f"DQ-{next_id - EXTRA_ID_BASE:05d}"
            if defect == "unknown_project_status":
                values[5] = rng.choice([0, 9, 12])
            elif defect == "unknown_project_type":
                values[4] = rng.choice([0, 4, 7])
            else:
                values[13] = None if rng.random() < 0.5 else values[12] - dt.timedelta(days=3)
            defects.add("projects", next_id, defect, cfg.as_of)
            yield values


def extra_member_rows(cfg: Config, defects: DefectLog) -> Iterator[list]:
    rng = rng_for(cfg, "extra-members")
    next_id = EXTRA_ID_BASE
    for _defect, count in _extra_count(cfg, "team_members", cfg.n_members).items():
        for _ in range(count):
            next_id += 1
            m = Member(next_id, None, "Temp Contractor", "Engineer", "Engineering", 40.0,
                       cfg.as_of + dt.timedelta(days=30), None, 1.0)
            values = member_row(cfg, m)
            values[13] = None if rng.random() < 0.5 else values[12] - dt.timedelta(days=2)
            defects.add("team_members", next_id, "invalid_updated_at", cfg.as_of)
            yield values


def extra_user_rows(cfg: Config, defects: DefectLog) -> Iterator[list]:
    rng = rng_for(cfg, "extra-users")
    next_id = EXTRA_ID_BASE
    for _defect, count in _extra_count(cfg, "users", cfg.n_members).items():
        for _ in range(count):
            next_id += 1
            created = at(cfg.as_of - dt.timedelta(days=5), 9)
            updated = None if rng.random() < 0.5 else created - dt.timedelta(days=1)
            defects.add("users", next_id, "invalid_updated_at", cfg.as_of)
            yield [next_id, "Service Account", f"svc.{next_id}@headroom.example", False, created, updated]


def role_variant(rng: random.Random, role: str) -> str:
    """The same role as typed carelessly: case and spacing differ."""
    forms = [role.lower(), role.upper(), f" {role}", f"{role} ", role.replace(" ", "  "), f" {role.lower()} "]
    return rng.choice(forms)


# --- loading ----------------------------------------------------------------------

Progress = Callable[[str, int], None]


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


def generate(conninfo: str, cfg: Config, progress: Progress | None = None) -> dict[str, int]:
    """Creates and fills the app and simulator schemas; returns rows per table."""
    started = time.perf_counter()
    holidays = calendar.holiday_set(cfg.history_start.year - 1, cfg.plan_end.year + 1)
    members = make_members(cfg)
    projects = make_projects(cfg)
    index = ProjectIndex(cfg, projects)
    defects = DefectLog()
    counts = Counters()
    role_rng = rng_for(cfg, "defects:team_members")

    with psycopg.connect(conninfo) as conn:
        for statement in schema.create_statements():
            conn.execute(statement)

        def copy_rows(table: str, rows) -> None:
            stream = CopyStream(conn, table)
            for values in rows:
                stream.write(line(values))
            stream.close()
            counts.add(table, stream.rows)
            if progress:
                progress(table, stream.rows)

        copy_rows("users", [*user_rows(cfg, members), *extra_user_rows(cfg, defects)])

        # Role text typed carelessly, on an exact share of the members.
        mapped = [m.id for m in members if m.role in firm.ROLES]
        n_variants = round(len(members) * cfg.defect_rate / len(DEFECT_CLASSES["team_members"]))
        if cfg.defect_rate and not n_variants:
            n_variants = 1
        variant_ids = set(role_rng.sample(mapped, min(n_variants, len(mapped))))

        def member_values():
            for m in members:
                values = member_row(cfg, m)
                if m.id in variant_ids:
                    values[4] = role_variant(role_rng, m.role)
                    defects.add("team_members", m.id, "role_variant", cfg.as_of)
                yield values
            yield from extra_member_rows(cfg, defects)

        copy_rows("team_members", member_values())
        copy_rows("projects", [*(project_row(cfg, p) for p in projects), *extra_project_rows(cfg, defects)])
        # The other connections below must see the schema.
        conn.commit()

        # The three big tables stream at once, each over its own connection.
        with psycopg.connect(conninfo) as conn_alloc, psycopg.connect(conninfo) as conn_off:
            streams = {
                "actuals": CopyStream(conn, "actuals"),
                "allocations": CopyStream(conn_alloc, "allocations"),
                "time_off": CopyStream(conn_off, "time_off"),
            }
            inject = {table: Injector(cfg, table) for table in streams}
            ids = Ids()
            for i, m in enumerate(members, start=1):
                for table, text in member_rows(cfg, m, index, holidays, ids, inject, defects):
                    streams[table].write(text)
                if progress and (i % 25 == 0 or i == len(members)):
                    progress("members planned", i)
            for table, stream in streams.items():
                stream.close()
                counts.add(table, stream.rows)
            conn_alloc.commit()
            conn_off.commit()

        with conn.cursor() as cur:
            with cur.copy("copy simulator.defects (table_name, row_id, defect_class, injected_on) from stdin") as copy:
                for row in defects.rows:
                    copy.write_row(row)
            with cur.copy("copy simulator.status_changes (project_id, changed_on, from_status_id, to_status_id) from stdin") as copy:
                for p in projects:
                    copy.write_row((p.id, cfg.as_of, None, p.status_id))
            cur.execute(
                "insert into simulator.clock (scale, seed, defect_rate, current_day) values (%s, %s, %s, %s)",
                (cfg.scale, cfg.seed, cfg.defect_rate, cfg.as_of),
            )
        for statement in schema.index_statements():
            conn.execute(statement)
        conn.commit()
        # Fresh statistics, so the first dbt build plans its queries well.
        conn.autocommit = True
        conn.execute("analyze")
        conn.autocommit = False
        total = sum(counts.rows.values())
        seconds = time.perf_counter() - started
        conn.execute(
            "insert into simulator.runs (command, scale, seed, as_of_date, defect_rate, rows_written, seconds)"
            " values ('generate', %s, %s, %s, %s, %s, %s)",
            (cfg.scale, cfg.seed, cfg.as_of, cfg.defect_rate, total, round(seconds, 3)),
        )
        conn.commit()
    counts.rows["simulator.defects"] = len(defects.rows)
    return counts.rows


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
