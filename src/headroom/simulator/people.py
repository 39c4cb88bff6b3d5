"""The simulated firm's members and projects, and how the planner books
members on projects and gives them time off."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, replace

from headroom.simulator import firm
from headroom.simulator.config import Config, rng_for

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
    # a placeholder (contract v3): demand the planners cannot staff yet,
    # planned like a person from the day after the as-of day, no user, no
    # hours worked, no time off, and no dates in the app
    is_placeholder: bool = False


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
        load = 0.35 if load_kind < 0.10 else (rng.uniform(1.1, 1.3) if load_kind > 0.85 else rng.uniform(0.8, 1.0))
        name = f"{rng.choice(firm.FIRST_NAMES)} {rng.choice(firm.LAST_NAMES)}"
        members.append(
            Member(member_id, None if contractor else member_id, name, role, team,
                   capacity, started, ended, load)
        )
    return members


def make_placeholders(cfg: Config) -> list[Member]:
    """The roles the planners are short of, each a placeholder named after
    its role ("Senior Engineer (to hire)", "Designer TBD"), sized as one
    full-time person, planned from the day after the as-of day."""
    roles = list(firm.ROLES)
    placeholders = []
    for n in range(cfg.n_placeholders):
        placeholder_id = cfg.n_members + 1 + n
        rng = rng_for(cfg, "placeholder", placeholder_id)
        role = rng.choices(roles, weights=firm.ROLE_WEIGHTS)[0]
        name = f"{role} (to hire)" if rng.random() < 0.6 else f"{role} TBD"
        placeholders.append(Member(placeholder_id, None, name, role, firm.ROLES[role][0], 40.0,
                                   cfg.as_of + dt.timedelta(days=1), None, rng.uniform(0.6, 1.0),
                                   is_placeholder=True))
    return placeholders


# Of the client proposals decided by the as-of day, the share lost: a win
# rate of 45% (published rates: docs/simulator.md, "Is it a real firm?").
LOST_SHARE = 0.55


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
    # decided by now: a client proposal lost (internal work dropped) is
    # cancelled before any work; old proposals that never moved keep the
    # retired Pipeline status
    if rng.random() < (LOST_SHARE if type_id != firm.INTERNAL else 0.08):
        status = firm.PIPELINE if (start < cfg.history_start + dt.timedelta(days=365) and rng.random() < 0.5) else firm.CANCELLED
        return status, start, end, None, None
    if end is not None and end <= cfg.as_of:
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


# Of the client delivery projects, the share sold at a fixed price (contract
# v3's Fixed Fee): a quarter. Drawn from a stream of its own, so the rest of
# the firm is the same.
FIXED_FEE_SHARE = 0.25


def make_projects(cfg: Config) -> list[Project]:
    projects = []
    for project_id in range(1, cfg.n_projects + 1):
        rng = rng_for(cfg, "project", project_id)
        type_id = rng.choices(firm.TYPE_IDS[:3], weights=[62, 20, 18])[0]
        status, start, end, work_from, work_to = _project_timeline(cfg, rng, type_id)
        if type_id == firm.BILLABLE and rng_for(cfg, "fixed-fee", project_id).random() < FIXED_FEE_SHARE:
            type_id = firm.FIXED_FEE
        left_planned = status == firm.CANCELLED and work_from is not None and (end is None or end > cfg.as_of)
        projects.append(Project(project_id, type_id, status, start, end, work_from, work_to, left_planned))
    return _one_fixed_fee_cancelled_midway(cfg, _fixed_fee_running(cfg, projects))


def _fixed_fee_running(cfg: Config, projects: list[Project], wanted: int = 2) -> list[Project]:
    """A firm runs Fixed Fee work: when chance left fewer than `wanted`
    Fixed Fee projects in progress (a small firm), the first Billable ones
    in progress are sold at a fixed price instead (one of them is then
    cancelled midway, the other keeps running)."""
    running = sum(1 for p in projects if p.type_id == firm.FIXED_FEE and p.status_id == firm.IN_PROGRESS)
    for i, p in enumerate(projects):
        if running >= wanted:
            break
        if p.type_id == firm.BILLABLE and p.status_id == firm.IN_PROGRESS:
            projects[i] = replace(p, type_id=firm.FIXED_FEE)
            running += 1
    return projects


def _one_fixed_fee_cancelled_midway(cfg: Config, projects: list[Project]) -> list[Project]:
    """A firm has a Fixed Fee project cancelled midway: when chance made
    none, the first one in progress for two months or more is cancelled
    two weeks before the as-of day, its plan left in place."""
    fixed = [p for p in projects if p.type_id == firm.FIXED_FEE]
    if any(p.status_id == firm.CANCELLED and p.work_from is not None for p in fixed):
        return projects
    for i, p in enumerate(projects):
        if (p.type_id == firm.FIXED_FEE and p.status_id == firm.IN_PROGRESS
                and p.work_from <= cfg.as_of - dt.timedelta(days=60)):
            cancelled_on = cfg.as_of - dt.timedelta(days=14)
            projects[i] = replace(p, status_id=firm.CANCELLED, work_to=cancelled_on,
                                  left_planned=p.ends_on is None or p.ends_on > cfg.as_of)
            break
    return projects


# How likely the planner puts a member on an open project of each type:
# internal work is open all year, so a small weight keeps it near a tenth
# of the hours, and support about a third of the chargeable ones (the
# figures: docs/simulator.md, "Is it a real firm?").
PICK_WEIGHTS = {firm.BILLABLE: 6.0, firm.FIXED_FEE: 6.0, firm.SUPPORT: 2.0, firm.INTERNAL: 0.3}


class ProjectIndex:
    """Projects open for planning on a day, with the cumulative weights a
    pick draws against; made once per day and kept, since every member
    asks for the same few hundred days (made per member, they grew with
    the firm: the planner was quadratic in its size)."""

    def __init__(self, cfg: Config, projects: list[Project]):
        self.first = cfg.history_start
        self.by_month: dict[int, list[Project]] = {}
        self.by_day: dict[dt.date, tuple[list[Project], list[int]]] = {}
        for p in projects:
            if p.work_from is None:
                continue
            last = p.work_to or cfg.plan_end
            for month in range(self._month(max(p.work_from, self.first)), self._month(min(last, cfg.plan_end)) + 1):
                self.by_month.setdefault(month, []).append(p)

    def _month(self, day: dt.date) -> int:
        return (day.year - self.first.year) * 12 + day.month - self.first.month

    def open_on(self, day: dt.date) -> tuple[list[Project], list[int]]:
        """The projects open on `day` and their cumulative pick weights
        (PICK_WEIGHTS)."""
        found = self.by_day.get(day)
        if found is None:
            candidates = self.by_month.get(self._month(day), [])
            open_projects = [p for p in candidates if p.work_from <= day and (p.work_to is None or p.work_to >= day)]
            weights = [PICK_WEIGHTS[p.type_id] for p in open_projects]
            found = self.by_day[day] = (open_projects, list(itertools.accumulate(weights)))
        return found


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
        open_projects, cum_weights = index.open_on(day)
        if not open_projects:
            day += dt.timedelta(days=length)
            continue
        # Most people split their days between two or three projects.
        wanted = rng.choices((1, 2, 3, 4), weights=(20, 40, 30, 10))[0]
        chosen: list[Project] = []
        for _ in range(wanted * 2):
            pick = rng.choices(open_projects, cum_weights=cum_weights)[0]
            if pick not in chosen:
                chosen.append(pick)
            if len(chosen) == wanted:
                break
        shares = [rng.uniform(0.5, 1.5) for _ in chosen]
        total_share = sum(shares)
        # the block ends when the first of its projects does: the planner
        # then books the member anew, rather than leave the share idle
        end = min([day + dt.timedelta(days=length - 1), last,
                   *(p.work_to for p in chosen if p.work_to and not p.left_planned)])
        for project, part in zip(chosen, shares):
            hours = max(0.5, min(12.0, round_to(daily * m.load * part / total_share, 0.5)))
            if end >= day:
                plan.append((project, day, end, hours))
        day = max(end, day) + dt.timedelta(days=1)
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
