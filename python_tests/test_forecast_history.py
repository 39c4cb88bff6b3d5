"""The forecast's history over simulated months (issue 17, decision 32):
builds months apart record only what changed, a second build
of the same day records nothing new, and the accuracy mart has every lead
time with real misses in it. The role supply and demand history (decision
49) gives back what each build said. Fixed Fee months locked by one build
keep their revenue in every later build (decision 50).""" 

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from conftest import UNIT_TESTS_LEFT_OUT, checksum, run_cli, simulated_firm
from headroom import cli as headroom_cli
from headroom.simulator import advance as adv
from headroom.simulator import generate as gen
from headroom.tools import AS_OF_ENV

START = dt.date(2026, 7, 31)
# the builds after the first: a quarter's end, then a day in November. October
# is then judged at lead 1 (the forecast of 30 September) and at leads 2 and
# 3 (31 August and 31 July: still the first build's)
DAYS = [dt.date(2026, 9, 30), dt.date(2026, 11, 20)]
NAME = "headroom_scratch_history"
ROLE_FIGURES = "member_count, capacity_hours, free_hours, unstaffed_hours, unstaffed_tentative_hours, gap_hours"


def _role_weeks_said(conn) -> dict:
    """What this build's fct_role_supply_demand_weekly says, by week, role and team."""
    return {row[:3]: row[3:] for row in conn.execute(
        f"select week_start, role_name, team, {ROLE_FIGURES} from marts.fct_role_supply_demand_weekly")}


def _role_weeks_recalled(conn, day: dt.date) -> dict:
    """The same, recalled from the history as known on `day`: each week's
    latest version on or before it, withdrawn ones left out, the weeks from
    that day's week on."""
    return {row[:3]: row[3:] for row in conn.execute(
        f"""
        select week_start, role_name, team, {ROLE_FIGURES}
        from (
            select v.*, row_number() over (
                partition by week_start, role_name, team order by as_of_on desc) as recency
            from snapshots.role_demand_versions v
            where as_of_on <= %(day)s
        ) latest
        where recency = 1 and not is_withdrawn
          and week_start >= date_trunc('week', %(day)s::date)::date
        """, {"day": day})}


def _fixed_fee_said(conn) -> dict:
    """What this build reports of its Fixed Fee months: (project, month) ->
    (locked, revenue, the forecast mart's actual revenue)."""
    return {row[:2]: row[2:] for row in conn.execute(
        """
        select f.project_id, f.month_start, f.is_locked, f.revenue_usd, m.actual_revenue_usd
        from intermediate.int_fixed_fee_revenue_monthly f
        left join marts.fct_revenue_forecast_monthly m using (project_id, month_start)
        """)}


@pytest.fixture(scope="module")
def history(wh, tmp_path_factory):
    config = gen.Config(scale=0.05, seed=37, as_of=START, defect_rate=0.0)
    target = tmp_path_factory.mktemp("history-target")
    with simulated_firm(wh, NAME, target, config) as (conninfo, build):
        env = {**headroom_cli.child_env(wh, NAME), "DBT_TARGET_PATH": str(target)}

        def build_as_of(day: dt.date) -> None:
            result = run_cli("dbt", "build", *UNIT_TESTS_LEFT_OUT, env={**env, AS_OF_ENV: day.isoformat()})
            assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]

        build()
        recorded, future_rows = [], []
        with psycopg.connect(conninfo, autocommit=True) as conn:
            role_weeks = {START: _role_weeks_said(conn)}
            fixed_fee = {START: _fixed_fee_said(conn)}
            catch_up = []
            day = START
            for next_day in DAYS:
                adv.advance(conninfo, (next_day - day).days)
                day = next_day
                build_as_of(day)
                recorded.append(conn.execute(
                    "select count(*) from snapshots.forecast_versions where as_of_on = %s", (day,)).fetchone()[0])
                future_rows.append(conn.execute(
                    "select count(*) from marts.fct_revenue_forecast_monthly where month_start > %s",
                    (day.replace(day=1),)).fetchone()[0])
                role_weeks[day] = _role_weeks_said(conn)
                fixed_fee[day] = _fixed_fee_said(conn)
                catch_up.append(conn.execute(
                    "select coalesce(sum(abs(estimate_change_usd)), 0) from intermediate.int_fixed_fee_revenue_monthly"
                ).fetchone()[0])
            before = checksum(conn, "snapshots.forecast_versions")
            roles_before = checksum(conn, "snapshots.role_demand_versions")
            build_as_of(day)  # the same day again
            again = checksum(conn, "snapshots.forecast_versions")
            roles_again = checksum(conn, "snapshots.role_demand_versions")
            recalled = {d: _role_weeks_recalled(conn, d) for d in role_weeks}
            accuracy = conn.execute(
                """
                select lead_months, count(*), sum(forecast_usd), sum(actual_usd), sum(absolute_error_usd)
                from marts.fct_forecast_accuracy_monthly group by lead_months order by lead_months
                """
            ).fetchall()
            yield {"recorded": recorded, "future_rows": future_rows, "before": before, "again": again,
                   "accuracy": accuracy, "role_weeks": role_weeks, "recalled": recalled,
                   "roles_before": roles_before, "roles_again": roles_again,
                   "fixed_fee": fixed_fee, "catch_up": catch_up}


def test_each_build_records_only_what_changed(history):
    recorded, future = history["recorded"], history["future_rows"]
    assert all(n > 0 for n in recorded), recorded
    # a month on: much of the forecast has not changed, and is not recorded again
    assert any(n < rows for n, rows in zip(recorded, future)), (recorded, future)


def test_a_second_build_of_the_same_day_records_nothing_new(history):
    assert history["again"] == history["before"]
    assert history["roles_again"] == history["roles_before"]


def test_the_role_demand_history_gives_back_what_each_build_said(history):
    for day, said in history["role_weeks"].items():
        assert any(figures[3] > 0 for figures in said.values()), f"no unstaffed demand as of {day}"
        assert history["recalled"][day] == said, day


def test_fixed_fee_months_once_locked_never_change(history):
    said = history["fixed_fee"]
    days = sorted(said)
    locked_with_revenue = 0
    for i, day in enumerate(days):
        locked = {key: figures for key, figures in said[day].items() if figures[0]}
        locked_with_revenue += sum(1 for figures in locked.values() if figures[1])
        for later in days[i + 1:]:
            projects_later = {project for project, _ in said[later]}
            for key, (_, revenue, in_mart) in locked.items():
                if key[0] not in projects_later:  # deleted since: gone for the business
                    continue
                assert said[later][key][1] == revenue, (day, later, key)
                assert said[later][key][2] == in_mart, (day, later, key)
    # not vacuous: months with revenue were locked, and a later build's
    # estimate differed from what the locked months hold (a catch-up)
    assert locked_with_revenue > 0
    assert any(change > 0 for change in history["catch_up"]), history["catch_up"]


def test_accuracy_has_every_lead_with_real_misses(history):
    by_lead = {row[0]: row[1:] for row in history["accuracy"]}
    assert set(by_lead) == {1, 2, 3}
    for groups, forecast, actual, error in by_lead.values():
        assert groups > 0 and actual > 0 and forecast > 0
        assert error > 0  # the forecast was never exactly right
        assert error >= abs(forecast - actual)  # misses add up, they do not cancel


def test_the_accuracy_page_shows_the_marts(history, wh, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT
    from headroom.dashboard import common

    for key, value in headroom_cli.child_env(wh, NAME).items():
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(str(ROOT / "src" / "headroom" / "dashboard" / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("views/accuracy.py").run()
    try:
        assert not at.exception and not at.error
        _, forecast, actual, error = {row[0]: row[1:] for row in history["accuracy"]}[1]
        shown = {m.label: m.value for m in at.metric}
        assert shown["Forecast, USD"] == f"{forecast:,.2f}"
        assert shown["Actual, USD"] == f"{actual:,.2f}"
        assert shown["Bias"] == f"{float((forecast - actual) / actual):.1%}"
        assert shown["Absolute percentage error"] == f"{float(error / actual):.1%}"
    finally:
        common.cached.clear()
