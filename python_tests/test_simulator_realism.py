"""The simulated firm at scale 1 looks like a real one (issue 30): its
chargeable utilization, budget overruns and win rate fall inside the ranges
published benchmarks report (the figures and their sources are in
docs/simulator.md, "Is it a real firm?"). Each figure is counted straight
from the app's tables by the rule a benchmark states, not read from a mart.
"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from conftest import fresh_database
from headroom import calendar
from headroom.simulator import generate as gen

AS_OF = dt.date(2026, 11, 20)

# (low, high) of each figure; the published value they bracket is in
# docs/simulator.md, "Is it a real firm?"
CHARGEABLE_UTILIZATION = (0.60, 0.80)  # SPI: 68.6-76.7%, target about 72%
OVER_BUDGET_SHARE = (0.30, 0.55)  # PMI Pulse 2019: 43% over budget
MEAN_OVERRUN = (0.15, 0.40)  # PMI: 27% over, on average, when over
WIN_RATE = (0.25, 0.50)  # 25-36% typical, SPI: under 50%


@pytest.fixture(scope="module")
def firm(wh):
    with fresh_database(wh, "headroom_scratch_realism") as conninfo:
        gen.generate(conninfo, gen.Config(scale=1, seed=42, as_of=AS_OF, defect_rate=0.0))
        with psycopg.connect(conninfo) as conn:
            yield conn


def test_chargeable_utilization_over_the_last_year(firm):
    """Hours on Billable and Support projects (contract v3: chargeable) over
    the standard hours of the last twelve full months: each member's weekly
    capacity / 5 on every weekday that is not a US federal holiday, while
    employed (SPI's "available hours"; time off is not taken out).
    Placeholders are no people: they add no available hours."""
    first, last = dt.date(2025, 11, 1), dt.date(2026, 10, 31)
    holidays = sorted(calendar.holiday_set(first.year, last.year))
    chargeable, available = firm.execute(
        """
        with days as (
            select d::date as day from generate_series(%(first)s::date, %(last)s::date, interval '1 day') d
            where extract(isodow from d) < 6 and d::date <> all(%(holidays)s)
        ),
        available as (
            select sum(m.weekly_capacity_hours / 5) as hours
            from app.team_members m join days on days.day >= m.started_on
             and (m.ended_on is null or days.day <= m.ended_on)
            where m.deleted_at is null and not m.is_placeholder  -- demand, not people
        ),
        chargeable as (
            select sum(a.hours) as hours
            from app.actuals a join app.projects p on p.id = a.project_id
            where a.deleted_at is null and p.project_type_id in (1, 2)
              and a.worked_on between %(first)s and %(last)s
        )
        select chargeable.hours, available.hours from chargeable, available
        """,
        {"first": first, "last": last, "holidays": holidays},
    ).fetchone()
    utilization = float(chargeable / available)
    low, high = CHARGEABLE_UTILIZATION
    assert low <= utilization <= high, utilization


def test_completed_projects_overrun_their_budget_as_often_as_real_ones(firm):
    """Completed Billable projects with a budget: the share whose live hours
    came to more than the budget, and by how much on average when they did."""
    over, total, mean_overrun = firm.execute(
        """
        with burned as (
            select p.id, p.budget_hours, coalesce(sum(a.hours), 0) as worked
            from app.projects p
            left join app.actuals a on a.project_id = p.id and a.deleted_at is null
            where p.project_type_id = 1 and p.project_status_id = 6 and p.budget_hours > 0
              and p.deleted_at is null
            group by p.id, p.budget_hours
        )
        select count(*) filter (where worked > budget_hours), count(*),
               avg(worked / budget_hours - 1) filter (where worked > budget_hours)
        from burned
        """
    ).fetchone()
    assert total >= 50, total  # enough projects for a share to mean something
    low, high = OVER_BUDGET_SHARE
    assert low <= over / total <= high, (over, total)
    low, high = MEAN_OVERRUN
    assert low <= float(mean_overrun) <= high, mean_overrun


def test_client_proposals_are_won_at_a_real_firms_rate(firm):
    """Client projects (Billable, Support) due to start by the as-of day are
    decided: lost if they were Cancelled or left in the retired Pipeline
    status without an hour worked on them, won otherwise."""
    won, decided = firm.execute(
        """
        with decided as (
            select p.project_status_id in (7, 8)
                   and not exists (select 1 from app.actuals a where a.project_id = p.id) as lost
            from app.projects p
            where p.project_type_id in (1, 2) and p.starts_on <= %(as_of)s and p.deleted_at is null
        )
        select count(*) filter (where not lost), count(*) from decided
        """,
        {"as_of": AS_OF},
    ).fetchone()
    low, high = WIN_RATE
    assert low <= won / decided <= high, (won, decided)
