"""Budgets that overrun as often, and by as much, as real projects do.

A Billable or Fixed Fee project's budget is set once the firm is made: its hours (worked
up to the as-of day, live rows only, and planned after it, weekdays) times
a factor drawn per project from BUDGET_FACTOR. A project whose hours come
to more than its budget overruns it: about (1 - 0.6) / (1.5 - 0.6) = 44% of
them, by 1 / factor - 1, about 27% on average over those that do (the
integral of 1 / f from 0.6 to 1, over 0.4, less one). Published figures
for both are in docs/simulator.md ("Is it a real firm?"), and
python_tests/test_simulator_realism.py holds a firm at scale 1 to them.

The budget sized on the staffed span alone (about 10 hours a calendar day)
did not know how many people a project had: old completed projects ran at
four times their budget, and the budget page read like a disaster.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import psycopg

from headroom.simulator import firm
from headroom.simulator.config import Config, rng_for

BUDGET_FACTOR = (0.6, 1.5)
MIN_BUDGET_HOURS = 40.0
# A Fixed Fee project is priced on its budget at a price per hour drawn
# from this range, in its currency. The hours cost 35-110 USD (firm.ROLES),
# so a project priced low that overruns its budget can lose money. And as
# firms do to win a large deal, the largest one in progress was bid below
# its cost: its hours at UNDERBID_PER_HOUR (docs/simulator.md).
FIXED_FEE_PRICE_PER_HOUR = (70.0, 140.0)
UNDERBID_PER_HOUR = (35.0, 50.0)


class ProjectHours:
    """Each project's hours, worked and planned, summed member by member as
    the generator makes them."""

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.hours = np.zeros(cfg.n_projects + 1)

    def add(self, plan: list[tuple], worked: dict) -> None:
        """One member: `plan` as (project, starts_on, ends_on, hours a day),
        `worked` the member's actuals columns (worked.MemberActuals)."""
        live = np.isnat(worked["deleted_at"])
        np.add.at(self.hours, worked["project_id"][live], worked["hours"][live])
        after = self.cfg.as_of + dt.timedelta(days=1)
        for project, start, end, per_day in plan:
            first = max(start, after)
            if project.left_planned or end < first:
                continue
            self.hours[project.id] += per_day * np.busday_count(first, end + dt.timedelta(days=1))

    def budgets(self, projects) -> list[tuple[int, float, float | None]]:
        """(project id, budget hours, fixed fee) of every Billable and Fixed
        Fee project with hours (the fee: Fixed Fee only, else None)."""
        sized = []
        running = [p for p in projects if p.type_id == firm.FIXED_FEE and p.status_id == firm.IN_PROGRESS]
        underbid = max(running, key=lambda p: self.hours[p.id]).id if running else None
        for p in projects:
            if p.type_id in firm.BUDGETED_TYPES and self.hours[p.id] > 0:
                factor = rng_for(self.cfg, "budget", p.id).uniform(*BUDGET_FACTOR)
                budget = float(round(max(MIN_BUDGET_HOURS, self.hours[p.id] * factor), -1))
                fee = None
                if p.id == underbid:
                    price = rng_for(self.cfg, "fixed-fee-price", p.id).uniform(*UNDERBID_PER_HOUR)
                    fee = float(round(self.hours[p.id] * price, -2))
                elif p.type_id == firm.FIXED_FEE:
                    price = rng_for(self.cfg, "fixed-fee-price", p.id).uniform(*FIXED_FEE_PRICE_PER_HOUR)
                    fee = float(round(budget * price, -2))
                sized.append((p.id, budget, fee))
        return sized

    def write(self, conn: psycopg.Connection, projects) -> int:
        """Sets the budgets on app.projects; returns the projects updated."""
        conn.execute("create temporary table sized_budgets (id bigint primary key, budget_hours numeric,"
                     " fixed_fee numeric) on commit drop")
        with conn.cursor().copy("copy sized_budgets (id, budget_hours, fixed_fee) from stdin") as copy:
            for row in self.budgets(projects):
                copy.write_row(row)
        cur = conn.execute(
            "update app.projects p set budget_hours = s.budget_hours,"
            " fixed_fee = coalesce(s.fixed_fee, p.fixed_fee) from sized_budgets s where p.id = s.id")
        return cur.rowcount or 0
