"""The upstream's defects the simulator plants (the contract's defect
classes), the log of what it planted (the truth the tests compare the
quarantine with), and how a row is broken."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from headroom.simulator.config import Config, rng_for

ORPHAN_ID_BASE = 900_000_000


EXTRA_ID_BASE = 800_000_000


# The defect classes each table can carry (the rate is split between them).
DEFECT_CLASSES: dict[str, tuple[str, ...]] = {
    "actuals": (
        "double_submit", "hours_out_of_range", "future_worked_on",
        "orphan_team_member", "orphan_project", "invalid_updated_at",
        "on_placeholder",
    ),
    "allocations": (
        "hours_out_of_range", "inverted_date_range", "orphan_team_member",
        "orphan_project", "invalid_updated_at",
    ),
    "time_off": (
        "hours_out_of_range", "inverted_date_range", "orphan_team_member",
        "invalid_updated_at", "on_placeholder",
    ),
    # Parents carry their defects on extra rows that nothing references, so
    # the truth stays one row per defect (a rejected parent would otherwise
    # drag its children along).
    "projects": ("unknown_project_status", "unknown_project_type", "invalid_updated_at", "fixed_fee_missing"),
    "team_members": ("invalid_updated_at", "role_variant"),
    "users": ("invalid_updated_at",),
}


# Classes the warehouse conforms instead of rejecting.
CONFORMED_CLASSES = {"role_variant"}
# Classes the warehouse keeps, with the money it cannot know null
# (quality.dq_invalid_values lists them): a Fixed Fee project's hours are
# real work, only its price is missing.
KEPT_CLASSES = {"fixed_fee_missing"}
# Neither rejected nor in the quarantine.
NOT_REJECTED_CLASSES = CONFORMED_CLASSES | KEPT_CLASSES


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


# Column positions of the child tables, for _break.
_POS = {
    "actuals": {"member": 1, "project": 2, "hours": 4, "day": 3, "created": 7, "updated": 8},
    "allocations": {"member": 1, "project": 2, "start": 3, "end": 4, "hours": 5, "created": 6, "updated": 7},
    "time_off": {"member": 1, "start": 2, "end": 3, "hours": 4, "created": 6, "updated": 7},
}


def break_row(values: list, defect: str, table: str, rng: random.Random, cfg: Config) -> list:
    """Gives one row the defect named (a copy; the original is left alone)."""
    values = list(values)
    pos = _POS[table]
    if defect == "hours_out_of_range":
        values[pos["hours"]] = rng.choice([0.0, -2.0, 25.0, 30.5]) if table == "actuals" else rng.choice([0.0, -1.0, 24.5, 30.0])
    elif defect == "future_worked_on":
        values[pos["day"]] = values[pos["day"]].replace(year=cfg.as_of.year + 1, day=min(28, values[pos["day"]].day))
    elif defect == "orphan_team_member":
        values[pos["member"]] = ORPHAN_ID_BASE + rng.randint(1, 99_999)
    elif defect == "on_placeholder":  # placeholders work no hours and take no leave
        values[pos["member"]] = cfg.n_members + 1 + rng.randint(0, cfg.n_placeholders - 1)
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


def extra_count(cfg: Config, table: str, base_rows: int) -> dict[str, int]:
    classes = [c for c in DEFECT_CLASSES[table] if c not in CONFORMED_CLASSES]
    total = round(base_rows * cfg.defect_rate)
    counts = {c: total // len(classes) + (1 if i < total % len(classes) else 0) for i, c in enumerate(classes)}
    if cfg.defect_rate > 0:  # a kept class at least once: a small firm shows it too (it adds no quarantine)
        counts.update({c: max(counts[c], 1) for c in classes if c in KEPT_CLASSES})
    return counts


def role_variant(rng: random.Random, role: str) -> str:
    """The same role as typed carelessly: case and spacing differ."""
    forms = [role.lower(), role.upper(), f" {role}", f"{role} ", role.replace(" ", "  "), f" {role.lower()} "]
    return rng.choice(forms)
