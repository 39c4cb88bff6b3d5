"""Each dashboard page's headline figures, in Chromium, on a firm small
enough to count by hand (issue 30): two engineers, four projects, three
weeks of timesheets, as of Friday 2026-11-20. Every expected figure below
is worked out from the business rules (../shared/upstream/headroom-app.md)
in the comments beside it, not read from a mart.

The calendar: US federal holidays are not working days, so Veterans Day
(Wed 11 Nov), Thanksgiving (Thu 26 Nov), Christmas (Fri 25 Dec) and New
Year's Day (Fri 1 Jan 2027) count for nothing.
- Working days from Mon 2 Nov to Fri 20 Nov: 15 weekdays less 11 Nov = 14.
- After the as-of day to 31 Dec: 23, 24, 25, 27 and 30 Nov (5), and the
  22 weekdays of December less the 25th (22): 27 days.
- The headroom page's default span, the 8 ISO weeks from Mon 23 Nov to
  Sun 17 Jan: working days 4, 5, 5, 5, 4, 4 (28-31 Dec; 1 Jan off), 5, 5.

The firm (both engineers start on 2 Nov, 40 h a week: 8 h a working day):
- Ada (Engineer, cost $50/h, bill $100/h): ACME-0001 (Billable, budget
  100 h, no project rate) 8 h a day, 2 Nov-31 Dec; and INT-0003 2 h a day
  in the week of 30 Nov (4 Dec its last day): overbooked that week.
- Alan (Senior Engineer, cost $80/h, bill $160/h): GLOBX-0002 (Support,
  $5,000 a month, from 2 Nov, open-ended) 4 h a day and INT-0003
  (Internal) 2 h a day, 2 Nov-31 Dec.
- ACME-0004 (Billable, a Proposal: probability 0.5, budget 80 h) plans Ada
  4 h a day from Mon 4 to Fri 29 Jan 2027: 19 working days (Martin Luther
  King Day, Mon 18 Jan, is off), 76 h.
- Each logged their plan on each of the 14 working days to the as-of day.
"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from browser import page, screenshot
from conftest import ROOT, UNIT_TESTS_LEFT_OUT, fresh_database, run_cli
from headroom import browser
from headroom.cli import child_env
from headroom.simulator import schema
from headroom.tools import AS_OF_ENV

NAME = "headroom_scratch_by_hand"
AS_OF = dt.date(2026, 11, 20)
NOV_2, DEC_31 = dt.date(2026, 11, 2), dt.date(2026, 12, 31)
STAMP = dt.datetime(2026, 10, 30, 9, 0)


def working_days_to_as_of() -> list[dt.date]:
    """The 14 working days of 2-20 Nov (11 Nov is Veterans Day)."""
    days = [NOV_2 + dt.timedelta(days=n) for n in range(19)]
    return [d for d in days if d.weekday() < 5 and d != dt.date(2026, 11, 11)]


def fill(conn) -> None:
    for statement in schema.create_statements():
        conn.execute(statement)
    conn.execute("insert into app.users values (1, 'Ada', 'ada@x.example', false, %s, %s),"
                 " (2, 'Alan', 'alan@x.example', false, %s, %s)", (STAMP,) * 4)
    conn.execute(
        "insert into app.team_members (id, user_id, name, email, role, team, weekly_capacity_hours, cost_rate,"
        " bill_rate, active, started_on, ended_on, created_at, updated_at, deleted_at, is_placeholder) values"
        " (1, 1, 'Ada', 'ada@x.example', 'Engineer', 'Engineering', 40, 50, 100, true, %(d)s, null, %(t)s, %(t)s,"
        "  null, false),"
        " (2, 2, 'Alan', 'alan@x.example', 'Senior Engineer', 'Engineering', 40, 80, 160, true, %(d)s, null, %(t)s,"
        "  %(t)s, null, false)", {"d": NOV_2, "t": STAMP})
    conn.execute(
        "insert into app.projects (id, code, name, client_name, project_type_id, project_status_id, starts_on,"
        " ends_on, hourly_rate, monthly_fee, budget_hours, currency, created_at, updated_at, deleted_at,"
        " fixed_fee) values"
        " (1, 'ACME-0001', 'Acme platform', 'Acme', 1, 4, %(s)s, %(e)s, null, null, 100, 'USD', %(t)s, %(t)s,"
        "  null, null),"
        " (2, 'GLOBX-0002', 'Globex support desk', 'Globex', 2, 4, %(s)s, null, null, 5000, null, 'USD', %(t)s,"
        "  %(t)s, null, null),"
        " (3, 'INT-0003', 'Internal tools 3', null, 3, 4, %(s)s, null, null, null, null, 'USD', %(t)s, %(t)s,"
        "  null, null),"
        " (4, 'ACME-0004', 'Acme mobile app', 'Acme', 1, 2, '2027-01-04', '2027-01-29', null, null, 80, 'USD',"
        "  %(t)s, %(t)s, null, null)", {"s": NOV_2, "e": DEC_31, "t": STAMP})
    conn.execute(
        "insert into app.allocations values"
        " (1, 1, 1, %(s)s, %(e)s, 8, %(t)s, %(t)s, null),"
        " (2, 1, 3, '2026-11-30', '2026-12-04', 2, %(t)s, %(t)s, null),"
        " (3, 2, 2, %(s)s, %(e)s, 4, %(t)s, %(t)s, null),"
        " (4, 2, 3, %(s)s, %(e)s, 2, %(t)s, %(t)s, null),"
        " (5, 1, 4, '2027-01-04', '2027-01-29', 4, %(t)s, %(t)s, null)", {"s": NOV_2, "e": DEC_31, "t": STAMP})
    row = 0
    for day in working_days_to_as_of():
        logged = dt.datetime(day.year, day.month, day.day, 17, 30)
        for member, project, hours in ((1, 1, 8), (2, 2, 4), (2, 3, 2)):
            row += 1
            conn.execute("insert into app.actuals values (%s, %s, %s, %s, %s, 'timesheet', null, %s, %s, null)",
                         (row, member, project, day, hours, logged, logged))


@pytest.fixture(scope="module")
def dashboard(wh, tmp_path_factory):
    with fresh_database(wh, NAME) as conninfo:
        with psycopg.connect(conninfo) as conn:
            fill(conn)
        env = {**child_env(wh, NAME), "DBT_TARGET_PATH": str(tmp_path_factory.mktemp("by-hand-target")),
               AS_OF_ENV: AS_OF.isoformat()}
        result = run_cli("dbt", "build", *UNIT_TESTS_LEFT_OUT, env=env)
        assert result.returncode == 0, result.stdout[-4000:]
        with browser.running_dashboard(ROOT, child_env(wh, NAME)) as url:
            yield url


def tiles_of(url: str, path: str, name: str) -> dict[str, str]:
    with page() as tab:
        tab.goto(f"{url}/{path}")
        # the tiles are drawn after the title: wait for them, then for the
        # script to finish
        tab.wait_for_selector("[data-testid='stMetricValue']", timeout=60_000)
        browser.wait_for_streamlit(tab)
        assert tab.locator("[data-testid='stException']").count() == 0
        screenshot(tab, f"by-hand-{name}")
        shown = browser.metric_tiles(tab)
        assert tab.errors == []
    return shown


def test_headroom_page(dashboard):
    shown = tiles_of(dashboard, "headroom", "headroom")
    # capacity over the 8 weeks: 8 h x (4+5+5+5+4+4+5+5 = 37 days) = 296 h each.
    # Ada: ACME 8 h x 27 days to 31 Dec = 216 h, and INT 2 h x 5 days = 10 h
    # in the week of 30 Nov (40 h capacity, 50 h planned: 10 h overbooked);
    # her other weeks to 31 Dec are full (0 free); in the two January weeks
    # the proposal (tentative work, counted by default) takes 4 h x 10 days:
    # 80 - 40 = 40 h free. Alan: (4 + 2) h x 27 days = 162 h planned, never
    # over a week's capacity: 296 - 162 = 134 h free.
    assert shown["Free hours"] == "174.0"  # 40 + 134
    assert shown["Overbooked hours"] == "10.0"
    assert shown["Overbooked members"] == "1"  # Ada
    # planned share: Ada 266 / 296 = 90%, Alan 162 / 296 = 55%: neither
    # below the default 50%
    assert shown["Idle members"] == "0"


def test_utilization_page(dashboard):
    shown = tiles_of(dashboard, "utilization", "utilization")
    # capacity to date: 2 x 14 days x 8 h = 224 h. Chargeable (Billable and
    # Support): Ada's 14 x 8 = 112 h on ACME, Alan's 14 x 4 = 56 h on
    # GLOBX: 168 h. Billable: 112 h. All hours: 168 + Alan's 14 x 2 = 28 h
    # internal: 196 h.
    assert shown["Chargeable utilization to date"].startswith("75.0%")  # 168 / 224
    assert shown["Billable utilization to date"].startswith("50.0%")  # 112 / 224
    assert shown["Total utilization to date"].startswith("87.5%")  # 196 / 224


def test_forecast_page(dashboard):
    shown = tiles_of(dashboard, "forecast", "forecast")
    # revenue 2026: ACME at Ada's bill rate, $100/h: 112 h worked ($11,200)
    # and 27 x 8 = 216 h planned ($21,600, In Progress: weight 1.0); GLOBX
    # $5,000 for November (contracted now: earned) and December (forecast,
    # weight 1.0); INT earns nothing.
    assert shown["2026 revenue"] == "$42,800"  # 11,200 + 21,600 + 10,000
    assert shown["of which actual to date"] == "$16,200"  # 11,200 + 5,000
    # cost 2026 at the cost rates: Ada $50 x (112 + 216 + 10) h = $16,900;
    # Alan $80 x 6 h a day x (14 + 27) days = $19,680
    assert shown["2026 cost"] == "$36,580"
    # margin 42,800 - 36,580 = 6,220: 14.5% of revenue
    assert shown["2026 margin (14.5% of revenue)"] == "$6,220"


def test_budget_page(dashboard):
    shown = tiles_of(dashboard, "budget", "budget")
    # ACME-0001: 112 h worked + 216 h planned = 328 h against 100 h: 228 h
    # over, at Ada's $100/h: $22,800 of revenue at risk. ACME-0004 (open,
    # a Proposal): 76 h planned against 80 h, under.
    assert shown["Projects projected over budget"] == "1 of 2"
    assert shown["Projected overrun, hours"] == "228.0"
    assert shown["Revenue at risk, USD"] == "22,800.00"
    assert shown["Projects without a budget"] == "2"  # GLOBX and INT


def test_pipeline_page(dashboard):
    shown = tiles_of(dashboard, "pipeline", "pipeline")
    # three projects In Progress (probability 1.0), one Proposal (0.5).
    # Revenue ahead, after the as-of day to the horizon (Nov 2027):
    # ACME-0001 216 h x $100 = $21,600 (no plan after 31 Dec); GLOBX $5,000
    # for each of Dec 2026 to Nov 2027 (November, contracted, is earned
    # already): $60,000; INT nothing; ACME-0004 76 h x $100 = $7,600,
    # weighted $3,800.
    assert shown["Open projects"] == "4"
    assert shown["Revenue ahead, weighted"] == "$85,400"  # 21,600 + 60,000 + 3,800
    assert shown["Revenue ahead, unweighted"] == "$89,200"  # 21,600 + 60,000 + 7,600


def test_accuracy_page_says_when_its_first_figure_appears(dashboard):
    # one build on record, as of Fri 20 Nov 2026: its forecast one month
    # ahead is for December 2026, judged once December is over
    with page() as tab:
        tab.goto(f"{dashboard}/accuracy")
        tab.wait_for_selector("[data-testid='stAlert']", timeout=60_000)
        browser.wait_for_streamlit(tab)
        said = tab.locator("[data-testid='stAlert']").first.inner_text()
        screenshot(tab, "by-hand-accuracy")
        assert tab.errors == []
    assert "as of 20 Nov 2026" in said and "December 2026" in said
    assert "the first figure appears on 01 January 2027" in said
