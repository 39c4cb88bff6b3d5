"""`headroom app generate`: a deterministic Headroom app database.

Rows are streamed to PostgreSQL with COPY, so no table is ever held in
memory whole (members and projects, a few thousand rows per unit of scale,
are the exception the allocation planner needs). The hours worked, nine
rows in ten, are built in bulk as NumPy columns (worked.py); the planner's
allocations and time off, a few dozen per member, row by row.
Each member and each project draws from its own random stream seeded by
(seed, kind, id), so the same scale, seed and day give identical tables.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

import numpy as np
import psycopg

from headroom import calendar
from headroom.simulator import firm, schema
from headroom.simulator.budgets import FIXED_FEE_PRICE_PER_HOUR, ProjectHours
from headroom.simulator.clock import check_day, real_now, squeeze_today
from headroom.simulator.config import Config, at, rng_for
from headroom.simulator.copytext import CopyStream, copy_floor, line
from headroom.simulator.defects import (
    CONFORMED_CLASSES, DEFECT_CLASSES, EXTRA_ID_BASE, KEPT_CLASSES, NOT_REJECTED_CLASSES, DefectLog, Injector, break_row, extra_count, role_variant,
)
from headroom.simulator.people import (
    Member, Project, ProjectIndex, make_members, make_placeholders, make_projects, plan_member, time_off_for,
)
from headroom.simulator.worked import ActualsStream, DayAxis, MemberActuals

# what the CLI, the benchmark and the tests take from here
__all__ = ["CONFORMED_CLASSES", "DEFECT_CLASSES", "NOT_REJECTED_CLASSES", "Config", "copy_floor", "generate"]


# --- the firm's rows ----------------------------------------------------------

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
    # A first budget sized on the span the project is staffed (about 10
    # hours per calendar day); budgets.py sizes it again on the project's
    # hours once the plans are made, where it has any.
    span = (p.work_to - p.work_from).days + 1 if p.work_from and p.work_to else 365
    budget = round(max(40.0, span * rng.uniform(7.5, 13.5)), -1) if p.type_id in firm.BUDGETED_TYPES else None
    # a Fixed Fee project's price: its budget at a price per hour (budgets.py
    # prices it again with the budget, on the hours it takes)
    fixed_fee = round(budget * rng.uniform(*FIXED_FEE_PRICE_PER_HOUR), -2) if p.type_id == firm.FIXED_FEE else None
    launch = cfg.history_start
    # Nothing is created after the simulated today, not even future work.
    created_day = min(cfg.as_of, max(launch, (p.starts_on or launch) - dt.timedelta(days=rng.randint(14, 90))))
    created = at(created_day, 9, rng.randint(0, 59), rng.randint(0, 59))
    last_edit = min(cfg.as_of, max(created_day, min(p.work_to or cfg.as_of, cfg.as_of)))
    updated = max(created, at(last_edit, 15, rng.randint(0, 59)))
    return [p.id, code, name, client, p.type_id, p.status_id, p.starts_on, p.ends_on,
            hourly, fee, budget, currency, created, updated, None, fixed_fee]


def member_row(cfg: Config, m: Member) -> list:
    rng = rng_for(cfg, "member-row", m.id)
    team, (low, high), multiple = firm.ROLES.get(m.role, ("Engineering", (60, 80), 2.0))
    cost = round(rng.uniform(low, high), 0)
    # Some delivery staff are not billed out; a few contractors' cost rates
    # are not entered yet (their hours are uncosted).
    bill = round(cost * multiple, 0) if m.team != "Delivery" or rng.random() < 0.8 else None
    if m.user_id is None and not m.is_placeholder and rng.random() < 0.05:
        cost = None
    created_day = min(cfg.as_of, max(cfg.history_start, m.started_on - dt.timedelta(days=rng.randint(7, 30))))
    created = at(created_day, 8, rng.randint(0, 59), rng.randint(0, 59))
    updated = created
    if m.ended_on:
        updated = max(created, at(min(m.ended_on, cfg.as_of), 18))
    active = m.ended_on is None or m.ended_on >= cfg.as_of
    email = f"{m.name.lower().replace(' ', '.')}.{m.id}@headroom.example"
    if m.is_placeholder:  # the planner's estimates of the role's rates; no person, no dates
        created = updated = at(cfg.as_of - dt.timedelta(days=rng.randint(1, 60)), 9)
        return [m.id, None, m.name, None, m.role, m.team, m.capacity, cost, round(cost * multiple, 0),
                True, None, None, created, updated, None, True]
    return [m.id, m.user_id, m.name, email, m.role, m.team, m.capacity, cost, bill,
            active, m.started_on, m.ended_on, created, updated, None, False]


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


def member_rows(cfg: Config, m: Member, index: ProjectIndex, axis: DayAxis, ids: Ids,
                inject: dict[str, Injector], defects: DefectLog) -> tuple[list[tuple[str, str]], MemberActuals, list]:
    """The member's allocations and time off as (table, line), the hours
    worked, in bulk (worked.py), and the plan they follow."""
    rng = rng_for(cfg, "plan", m.id)
    plan = plan_member(cfg, m, index, rng)
    blocks = [] if m.is_placeholder else time_off_for(cfg, m, rng)
    as_of = cfg.as_of
    lines: list[tuple[str, str]] = []

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
            values = break_row(values, defect, "allocations", rng, cfg)
            defects.add("allocations", row_id, defect, as_of)
        lines.append(("allocations", line(values)))

    # Time off, and the hours it takes from each day of the history.
    off_hours = np.zeros(axis.days.size)
    for start, end, hours, kind in blocks:
        row_id = ids.take("time_off")
        created = at(max(cfg.history_start, min(as_of, start - dt.timedelta(days=rng.randint(0, 30)))), 11, rng.randint(0, 59))
        updated, deleted = _edit_stamps(rng, created, as_of, 0.05, 0.03)
        values = [row_id, m.id, start, end, hours, kind, created, updated, deleted]
        defect = inject["time_off"].pick() if deleted is None else None
        if defect:
            values = break_row(values, defect, "time_off", rng, cfg)
            defects.add("time_off", row_id, defect, as_of)
        elif deleted is None:
            off_hours[max(0, axis.index(start)):max(0, axis.index(end) + 1)] += hours
        lines.append(("time_off", line(values)))

    # Hours worked: every working day up to the as-of day, following the plan.
    worked = MemberActuals(cfg, axis, m, plan, off_hours, ids.next["actuals"], defects)
    ids.next["actuals"] = worked.next_id
    return lines, worked, plan


def extra_project_rows(cfg: Config, defects: DefectLog) -> Iterator[list]:
    rng = rng_for(cfg, "extra-projects")
    next_id = EXTRA_ID_BASE
    for defect, count in extra_count(cfg, "projects", cfg.n_projects).items():
        for _ in range(count):
            next_id += 1
            p = Project(next_id, firm.BILLABLE, firm.PROPOSAL, cfg.as_of + dt.timedelta(days=60), None, None, None)
            values = project_row(cfg, p)
            values[1] = f"DQ-{next_id - EXTRA_ID_BASE:05d}"
            if defect == "unknown_project_status":
                values[5] = rng.choice([0, 9, 12])
            elif defect == "unknown_project_type":
                values[4] = rng.choice([0, 5, 7])
            elif defect == "fixed_fee_missing":  # a Fixed Fee project sold at no price
                values[4], values[8] = firm.FIXED_FEE, None
                values[15] = rng.choice([None, 0, -1500])
            else:
                values[13] = None if rng.random() < 0.5 else values[12] - dt.timedelta(days=3)
            defects.add("projects", next_id, defect, cfg.as_of)
            yield values


def extra_member_rows(cfg: Config, defects: DefectLog) -> Iterator[list]:
    rng = rng_for(cfg, "extra-members")
    next_id = EXTRA_ID_BASE
    for _defect, count in extra_count(cfg, "team_members", cfg.n_members).items():
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
    for _defect, count in extra_count(cfg, "users", cfg.n_members).items():
        for _ in range(count):
            next_id += 1
            created = at(cfg.as_of - dt.timedelta(days=5), 9)
            updated = None if rng.random() < 0.5 else created - dt.timedelta(days=1)
            defects.add("users", next_id, "invalid_updated_at", cfg.as_of)
            yield [next_id, "Service Account", f"svc.{next_id}@headroom.example", False, created, updated]


Progress = Callable[[str, int], None]


def generate(conninfo: str, cfg: Config, progress: Progress | None = None) -> dict[str, int]:
    """Creates and fills the app and simulator schemas; returns rows per table."""
    now = real_now()
    check_day(cfg.as_of, now, "--as-of")
    started = time.perf_counter()
    holidays = calendar.holiday_set(cfg.history_start.year - 1, cfg.plan_end.year + 1)
    members = make_members(cfg) + make_placeholders(cfg)
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
            try:
                for values in rows:
                    stream.write(line(values))
            except BaseException as exc:
                stream.abort(exc)
                raise
            stream.close()
            counts.add(table, stream.rows)
            if progress:
                progress(table, stream.rows)

        copy_rows("users", [*user_rows(cfg, members), *extra_user_rows(cfg, defects)])

        # Role text typed carelessly, on an exact share of the members.
        mapped = [m.id for m in members if m.role in firm.ROLES and not m.is_placeholder]
        n_variants = round(cfg.n_members * cfg.defect_rate / len(DEFECT_CLASSES["team_members"]))
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
                "allocations": CopyStream(conn_alloc, "allocations"),
                "time_off": CopyStream(conn_off, "time_off"),
            }
            actuals = ActualsStream(conn)
            inject = {table: Injector(cfg, table) for table in streams}
            ids = Ids()
            axis = DayAxis(cfg, holidays)
            project_hours = ProjectHours(cfg)
            try:
                for i, m in enumerate(members, start=1):
                    lines, worked, plan = member_rows(cfg, m, index, axis, ids, inject, defects)
                    project_hours.add(plan, worked.columns)
                    for table, text in lines:
                        streams[table].write(text)
                    actuals.write(worked)
                    if progress and (i % 25 == 0 or i == len(members)):
                        progress("members planned", i)
            except BaseException as exc:
                for stream in streams.values():
                    stream.abort(exc)
                raise
            actuals.close()
            counts.add("actuals", actuals.rows)
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
                # the defective projects the warehouse keeps (KEPT_CLASSES) are projects too
                for table, row_id, defect, _ in defects.rows:
                    if table == "projects" and defect in KEPT_CLASSES:
                        copy.write_row((row_id, cfg.as_of, None, firm.PROPOSAL))
            cur.execute(
                "insert into simulator.clock (scale, seed, defect_rate, current_day) values (%s, %s, %s, %s)",
                (cfg.scale, cfg.seed, cfg.defect_rate, cfg.as_of),
            )
        # budgets sized on the hours the projects take (budgets.py)
        project_hours.write(conn, projects)
        # a firm simulated up to today: its day so far, never the hours to come
        squeeze_today(conn, cfg.as_of, now)
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
