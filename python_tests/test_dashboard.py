"""The dashboard: each page renders with the small simulated firm of `make
test` in Streamlit's own test harness (AppTest), its figures equal the
marts to the cent, empty filters say so, and headless Chromium loads every
page of the running app with no error (screenshots in target/test-artifacts)."""

from __future__ import annotations

import datetime as dt
import json
import time
import urllib.request

import psycopg
import pytest

from browser import page, screenshot
from conftest import ROOT
from headroom.cli import child_env

APP = ROOT / "src" / "headroom" / "dashboard" / "app.py"
PAGES = {
    "headroom": ("views/headroom.py", "Headroom in the coming weeks"),
    "utilization": ("views/utilization.py", "Chargeable utilization against target"),
    "staffing": ("views/staffing.py", "Hiring and staffing"),
    "forecast": ("views/forecast.py", "Revenue and cost forecast"),
    "pipeline": ("views/pipeline.py", "Project pipeline"),
    "budget": ("views/budget.py", "Budget burn"),
    "accuracy": ("views/accuracy.py", "Forecast accuracy"),
    "health": ("views/health.py", "Data health"),
}


@pytest.fixture
def app_test(wh, built_db, monkeypatch):
    from streamlit.testing.v1 import AppTest

    for key, value in child_env(wh).items():
        monkeypatch.setenv(key, value)

    def open_page(name: str):
        at = AppTest.from_file(str(APP), default_timeout=120)
        at.run()
        at.switch_page(PAGES[name][0]).run()
        return at

    yield open_page
    from headroom.dashboard import common
    common.cached.clear()


@pytest.mark.parametrize("name", PAGES)
def test_each_page_renders_with_a_small_firm(app_test, name):
    at = app_test(name)
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == [PAGES[name][1]]
    assert not at.error, [e.value for e in at.error]
    assert len(at.dataframe) >= 1


@pytest.fixture
def conn(wh, built_db):
    """A connection to the marts the pages read, to compute what they should show."""
    with psycopg.connect(wh.conninfo(built_db)) as connection:
        yield connection


def _tiles(at) -> dict[str, str]:
    """The page's metric tiles: label -> the value as shown."""
    return {m.label: m.value for m in at.metric}


def _add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _first_forecast_month(conn) -> dt.date:
    """The month the pages' month ranges are anchored on."""
    return conn.execute(
        "select min(month_start) from marts.fct_member_utilization_monthly where is_forecast_month"
    ).fetchone()[0]


def test_forecast_figures_equal_the_marts_to_the_cent(conn, app_test):
    """Where the year lands (actual + weighted forecast over the as-of
    year's months), its margin, the last closed month; and blanks, not
    zeros, where a figure does not apply."""
    at = app_test("forecast")
    anchor = _first_forecast_month(conn)
    as_of_month = _add_months(anchor, -1)
    actual, weighted, cost, weighted_cost = conn.execute(
        """
        select sum(actual_revenue_usd), sum(weighted_forecast_revenue_usd),
               sum(actual_cost_usd), sum(weighted_forecast_cost_usd)
        from marts.fct_revenue_forecast_monthly
        where extract(year from month_start) = %s
        """,
        (as_of_month.year,),
    ).fetchone()
    closed = _add_months(as_of_month, -1)
    closed_revenue, closed_cost = conn.execute(
        "select sum(actual_revenue_usd), sum(actual_cost_usd) from marts.fct_revenue_forecast_monthly"
        " where month_start = %s", (closed,)).fetchone()
    shown = _tiles(at)
    year = as_of_month.year
    assert shown[f"{year} revenue"] == f"${float(actual + weighted):,.0f}"
    assert shown["of which actual to date"] == f"${float(actual):,.0f}"
    assert shown[f"{year} cost"] == f"${float(cost + weighted_cost):,.0f}"
    margin = actual + weighted - cost - weighted_cost
    assert shown[f"{year} margin ({float(margin / (actual + weighted)):.1%} of revenue)"] == f"${float(margin):,.0f}"
    assert shown["Revenue"] == f"${float(closed_revenue):,.0f}"
    closed_margin = closed_revenue - closed_cost
    assert shown[f"Margin ({float(closed_margin / closed_revenue):.1%} of revenue)"] == f"${float(closed_margin):,.0f}"
    assert actual > 0 and weighted > 0
    months = next(d.value for d in at.dataframe if "month_start" in d.value.columns)
    past = months[months["month_start"] == f"{closed:%b %Y}"]
    ahead = months[months["month_start"] == f"{anchor:%b %Y}"]
    assert len(past) and past["forecast_revenue_usd"].isna().all()
    # actual revenue in a closed month: shown where revenue applies, blank
    # for Internal work (no revenue by rule), never $0.00
    internal = past["project_type_name"] == "Internal"
    assert internal.any() and past[internal]["actual_revenue_usd"].isna().all()
    assert past[~internal]["actual_revenue_usd"].notna().all()
    assert past[internal]["actual_cost_usd"].notna().all()
    assert len(ahead) and ahead["actual_revenue_usd"].isna().all()
    assert any(f"runs to {_add_months(as_of_month, 12):%B %Y}" in c.value for c in at.caption)


def test_fixed_fee_contracts_equal_the_mart(conn, app_test):
    """The forecast page's Fixed Fee tiles are the open contracts' sums in
    fct_fixed_fee_contracts, and its table lists the loss-making first."""
    at = app_test("forecast")
    count, recognized, unrecognized, losing, known, loss = conn.execute(
        """
        select count(*), sum(c.recognized_to_date_usd), sum(c.unrecognized_fee_usd),
               count(*) filter (where c.is_loss_making),
               count(c.expected_loss_usd) filter (where c.is_loss_making),
               coalesce(sum(c.expected_loss_usd) filter (where c.is_loss_making), 0)
        from marts.fct_fixed_fee_contracts c join marts.dim_projects p using (project_id)
        where p.is_open
        """).fetchone()
    assert count > 0 and losing > 0, "make test's firm has open Fixed Fee contracts, some losing money"
    shown = _tiles(at)
    assert shown["Recognized to date"] == f"${float(recognized):,.0f}"
    assert shown["Fee not yet recognized"] == f"${float(unrecognized):,.0f}"
    assert shown[f"Loss-making ({losing:,} of {count:,})"] == f"${float(loss):,.0f}"
    listed = at.dataframe[-1].value
    assert len(listed) == min(count, 50)
    # the loss-making first, the largest known loss first
    losses = list(listed["expected_loss_usd"])[:min(known, len(listed))]
    assert all(value > 0 for value in losses) and losses == sorted(losses, reverse=True)


def test_budget_figures_equal_the_marts(conn, app_test):
    """By default the page shows the open projects (work remains); with
    every status chosen, every live project."""
    at = app_test("budget")

    def expected(only_open: bool):
        return conn.execute(
            """
            select count(*) filter (where b.projected_overrun_hours > 0), count(*) filter (where b.has_budget),
                   sum(b.projected_overrun_hours), sum(b.revenue_at_risk_usd),
                   count(*) filter (where not b.has_budget)
            from marts.fct_project_budget_burn b join marts.dim_projects p on p.project_id = b.project_id
            where not p.is_deleted and (p.is_open or not %s)
            """, (only_open,)).fetchone()

    over, budgeted, overrun, at_risk, unbudgeted = expected(True)
    shown = _tiles(at)
    assert shown["Projects projected over budget"] == f"{over:,} of {budgeted:,}"
    assert shown["Projected overrun, hours"] == f"{overrun:,.1f}"
    assert shown["Revenue at risk, USD"] == f"{at_risk:,.2f}"
    assert shown["Projects without a budget"] == f"{unbudgeted:,}"
    assert over > 0 and at_risk > 0 and unbudgeted > 0
    # a closed project puts no revenue at risk: all of it is on open ones
    every = expected(False)
    assert every[3] == at_risk and every[1] > budgeted
    at.multiselect(key="budget_statuses").set_value(list(at.multiselect(key="budget_statuses").options)).run()
    over, budgeted, overrun, at_risk, unbudgeted = every
    shown = _tiles(at)
    assert shown["Projects projected over budget"] == f"{over:,} of {budgeted:,}"
    assert shown["Projected overrun, hours"] == f"{overrun:,.1f}"


def test_budget_listing_is_read_a_page_at_a_time(conn, app_test):
    """The listing of projects with a budget comes PAGE_SIZE rows at a time:
    page 1 and page 2 together are every budgeted live project, once, in
    the mart's order of projected overrun."""
    from headroom.dashboard.marts import PAGE_SIZE

    codes = [r[0] for r in conn.execute(
        """
        select p.project_code
        from marts.fct_project_budget_burn b join marts.dim_projects p on p.project_id = b.project_id
        where not p.is_deleted and b.has_budget
        order by b.projected_overrun_hours desc nulls last, b.projected_burn_ratio desc nulls last, p.project_code
        """).fetchall()]
    assert PAGE_SIZE < len(codes) <= 2 * PAGE_SIZE, "the test firm should fill one page and part of a second"
    at = app_test("budget")
    statuses = at.multiselect(key="budget_statuses")
    statuses.set_value(list(statuses.options)).run()
    first = list(at.dataframe[0].value["project_code"])
    at.number_input(key="budgeted_page").set_value(2).run()
    second = list(at.dataframe[0].value["project_code"])
    assert len(first) == PAGE_SIZE
    assert first + second == codes


def test_a_projects_burn_up_ends_where_its_listing_row_does(conn, app_test):
    """The burn-up (read from the monthly mart) of the listing's first
    project: the budget line at its budget, the hours worked rising to the
    listing's Worked (read from the project mart), worked and planned
    ending at Worked + Planned."""
    at = app_test("budget")
    listed = at.dataframe[0].value.iloc[0]
    assert at.selectbox(key="burn_up_project").value == listed["project_code"]
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    lines = {trace["name"]: trace["y"] for trace in figure["data"]}
    budget, worked, planned = conn.execute(
        """
        select b.budget_hours, b.worked_hours, b.planned_hours
        from marts.fct_project_budget_burn b join marts.dim_projects p on p.project_id = b.project_id
        where p.project_code = %s
        """, (listed["project_code"],)).fetchone()
    assert set(lines["budget"]) == {float(budget)}
    assert lines["worked (running total)"][-1] == pytest.approx(float(worked))
    assert lines["worked + planned"][-1] == pytest.approx(float(worked + planned))
    assert planned > 0  # the listing's first project overruns on what is planned


def test_staffing_figures_equal_the_apps_placeholder_plans(conn, app_test, test_as_of):
    """The Hiring and staffing page's unstaffed demand is the hours the app
    plans on placeholders over the 26 weeks from the as-of week, counted
    here from the app's own rows (live allocations of live projects on
    working days; none after the as-of day on a Completed or Cancelled
    project; the simulator's defective rows left out), and the roles it
    calls short are those whose demand exceeds their members' free hours."""
    expected = conn.execute(
        """
        select coalesce(sum(a.hours_per_day), 0)
        from app.allocations a
        join app.team_members p on p.id = a.team_member_id and p.is_placeholder
        join app.projects j on j.id = a.project_id and j.deleted_at is null
        join intermediate.int_calendar_days c
          on c.calendar_on between a.starts_on and a.ends_on and c.is_working_day
        where a.deleted_at is null
          and c.week_start >= date_trunc('week', %(as_of)s::date)
          and c.week_start < date_trunc('week', %(as_of)s::date) + interval '26 weeks'
          and not (j.project_status_id in (6, 7) and c.calendar_on > %(as_of)s)
          and not exists (select 1 from simulator.defects d
                          where d.table_name = 'allocations' and d.row_id = a.id)
        """, {"as_of": test_as_of}).fetchone()[0]
    assert expected > 0, "the test firm should plan work on placeholders"
    short = conn.execute(
        """
        select count(*) from (
            select role_name from marts.fct_role_supply_demand_weekly
            group by role_name, week_start having sum(unstaffed_hours) > sum(free_hours)
        ) weeks
        """).fetchone()[0]
    at = app_test("staffing")
    shown = _tiles(at)
    assert shown["Unstaffed demand"] == f"{float(expected):,.0f} h"
    assert (shown["Largest gap"] == "none") == (short == 0)
    roles_short = shown["Roles short in some week"].split(" of ")[0]
    listed = at.dataframe[0].value if short else None
    assert int(roles_short) == (len(listed) if listed is not None else 0)


def test_pipeline_figures_equal_the_marts(conn, app_test):
    """The pipeline page's live projects by current status, and the budget
    tiles of one project type, equal what the project-grain marts give
    counted here (the page reads the portfolio summed ahead of time)."""
    from headroom.dashboard import marts, project_marts

    def expected_pipeline(types):
        return [tuple(r) for r in conn.execute(
            """
            select p.project_status_name, count(*), round(avg(h.days_in_status), 1)
            from marts.dim_projects p
            join marts.fct_project_status_history h on h.project_id = p.project_id and h.is_current
            where not p.is_deleted and (cardinality(%s::text[]) = 0 or p.project_type_name = any(%s))
            group by p.project_status_name, p.workflow_order
            order by p.workflow_order, p.project_status_name
            """, (list(types), list(types))).fetchall()]

    def days(value):  # unknown is blank on the page (NaN) and null in SQL, never 0
        return None if value is None or value != value else float(value)

    at = app_test("pipeline")
    shown = at.dataframe[0].value
    assert [(s, int(n), days(d)) for s, n, d in zip(
        shown["project_status_name"], shown["projects"], shown["avg_days_in_current_status"])] == [
        (s, n, days(d)) for s, n, d in expected_pipeline(())]
    # the projects behind the first stage: where the days are unknown
    # (blank), the page says since when it is unknown, and only there
    listing = at.dataframe[1].value
    assert len(listing) > 0
    for since, days_in in zip(listing["in_status_since"], listing["days_in_status"]):
        assert since.startswith("unknown: ") == (days(days_in) is None), since

    def run(sql, params=None):
        return marts.frame(conn, sql, params)

    found = project_marts.pipeline(("Support",), run=run)
    support = expected_pipeline(("Support",))
    assert support and [(s, int(n), a) for s, _, n, a, *_ in found.itertuples(index=False, name=None)] == support
    # the value ahead by stage: each live project's forecast after the as-of day, summed here by project
    value = dict(((status, (f, w)) for status, f, w in conn.execute(
        """
        select p.project_status_name, coalesce(sum(f.forecast_revenue_usd), 0),
               coalesce(sum(f.weighted_forecast_revenue_usd), 0)
        from marts.dim_projects p left join marts.fct_revenue_forecast_monthly f on f.project_id = p.project_id
        where not p.is_deleted
        group by p.project_status_name
        """).fetchall()))
    open_statuses = {name for (name,) in conn.execute(
        "select distinct project_status_name from marts.dim_projects where is_open").fetchall()}
    for row in shown.itertuples():
        if row.project_status_name in open_statuses:
            assert (row.forecast_revenue_usd, row.weighted_forecast_revenue_usd) == tuple(
                map(float, value[row.project_status_name])), row.project_status_name
        else:  # a closed stage is no pipeline: blank
            assert row.forecast_revenue_usd != row.forecast_revenue_usd, row.project_status_name
    assert any(f > 0 for f, _ in value.values())
    behind = project_marts.projects_in_status("In Progress", (), 1, run=run)
    in_progress = conn.execute(
        "select count(*) from marts.dim_projects p join marts.fct_project_status_history h"
        " on h.project_id = p.project_id and h.is_current"
        " where not p.is_deleted and p.project_status_name = 'In Progress'").fetchone()[0]
    assert int(behind["project_count"].iloc[0]) == in_progress
    assert list(behind["forecast_revenue_usd"]) == sorted(behind["forecast_revenue_usd"], reverse=True)
    over, budgeted, unbudgeted, overrun, at_risk = conn.execute(
        """
        select count(*) filter (where b.projected_overrun_hours > 0), count(*) filter (where b.has_budget),
               count(*) filter (where not b.has_budget), coalesce(sum(b.projected_overrun_hours), 0),
               coalesce(sum(b.revenue_at_risk_usd), 0)
        from marts.fct_project_budget_burn b join marts.dim_projects p on p.project_id = b.project_id
        where not p.is_deleted and p.project_type_name = 'Billable'
        """).fetchone()
    assert over > 0
    totals = project_marts.budget_totals(("Billable",), run=run).iloc[0]
    assert (totals["projects_over"], totals["projects_budgeted"], totals["projects_unbudgeted"],
            totals["projected_overrun_hours"], totals["revenue_at_risk_usd"]) == (
        over, budgeted, unbudgeted, overrun, at_risk)


def _first_forecast_week(conn) -> dt.date:
    """The first week every member with a row in it has as a forecast week
    (a member who starts mid-week has an earlier one of their own)."""
    return conn.execute(
        "select min(week_start) from (select week_start from marts.fct_member_capacity_weekly"
        " group by week_start having bool_and(is_forecast_week)) as weeks"
    ).fetchone()[0]


def test_headroom_figures_equal_the_marts(conn, app_test):
    at = app_test("headroom")
    first = _first_forecast_week(conn)
    # free and overbooked hours member-week by member-week, from the
    # member mart (the page reads the team rollup)
    free, overbooked_hours, headroom, overbooked, conflicts, stale = conn.execute(
        """
        select sum(greatest(headroom_hours, 0)), sum(greatest(-headroom_hours, 0)), sum(headroom_hours),
               count(distinct team_member_id) filter (where headroom_hours < 0),
               sum(time_off_conflict_hours), sum(stale_planned_hours)
        from marts.fct_member_capacity_weekly where week_start between %s and %s
        """,
        (first, first + dt.timedelta(weeks=7)),
    ).fetchone()
    shown = _tiles(at)
    assert shown["Free hours"] == f"{free:,.1f}"
    assert shown["Overbooked hours"] == f"{overbooked_hours:,.1f}"
    assert free - overbooked_hours == headroom and overbooked_hours > 0, "the page no longer nets them"
    assert shown["Overbooked members"] == f"{overbooked:,}"
    assert shown["Plans to clean up, hours"] == f"{conflicts + stale:,.1f}"
    assert conflicts > 0


def test_the_person_by_week_view_pages_the_members_of_the_span(conn, monkeypatch):
    from headroom.dashboard import marts

    first = _first_forecast_week(conn)
    last = first + dt.timedelta(weeks=3)
    # the members most overbooked over the four weeks, from the member mart
    expected = [r[0] for r in conn.execute(
        """
        select w.team_member_id from marts.fct_member_capacity_weekly w
        join marts.dim_team_members m on m.team_member_id = w.team_member_id
        where w.week_start between %s and %s
        group by w.team_member_id
        order by sum(w.capacity_hours - w.planned_hours), max(m.team_member_name), w.team_member_id
        limit 3
        """, (first, last)).fetchall()]
    monkeypatch.setattr(marts, "PAGE_SIZE", 3)
    grid = marts.headroom_grid(4, first, last, marts.Filters(), True, 1, run=lambda sql, p=None: marts.frame(conn, sql, p))
    assert list(dict.fromkeys(int(i) for i in grid["team_member_id"])) == expected
    assert 3 <= len(grid) <= 3 * 4 and grid["week_start"].between(first, last).all()
    one = grid.iloc[0]
    assert one["headroom_hours"] == one["capacity_hours"] - one["planned_hours"]


def test_next_week_alone(conn, app_test):
    at = app_test("headroom")
    at.slider(key="weeks").set_value(1).run()
    first = _first_forecast_week(conn)
    free = conn.execute(
        "select sum(greatest(headroom_hours, 0)) from marts.fct_member_capacity_weekly where week_start = %s",
        (first,)).fetchone()[0]
    assert _tiles(at)["Free hours"] == f"{free:,.1f}"
    assert any(f"The week of {first:%d %b %Y}" in c.value for c in at.caption)


def test_headroom_without_tentative_work_equals_the_marts(conn, app_test):
    at = app_test("headroom")
    at.toggle(key="tentative").set_value(False).run()
    first = _first_forecast_week(conn)
    without, with_, overbooked, tentative = conn.execute(
        """
        select sum(headroom_without_tentative_hours), sum(headroom_hours),
               count(distinct team_member_id) filter (where headroom_without_tentative_hours < 0),
               sum(planned_tentative_hours)
        from marts.fct_member_capacity_weekly where week_start between %s and %s
        """,
        (first, first + dt.timedelta(weeks=7)),
    ).fetchone()
    free = conn.execute(
        """
        select sum(greatest(headroom_without_tentative_hours, 0)) from marts.fct_member_capacity_weekly
        where week_start between %s and %s
        """,
        (first, first + dt.timedelta(weeks=7)),
    ).fetchone()[0]
    shown = _tiles(at)
    assert shown["Free hours"] == f"{free:,.1f}"
    assert shown["Overbooked members"] == f"{overbooked:,}"
    assert tentative > 0 and without == with_ + tentative


def test_headroom_listings_page_through_the_weekly_mart(conn, monkeypatch):
    """Pages 1 and 2 of each of the headroom page's listings are the first
    members of that listing summed here from the weekly mart over the
    first 8 forecast weeks, in the listing's order; the counts are the
    listing's size."""
    from headroom.dashboard import marts

    first = _first_forecast_week(conn)
    expected = {}
    for name, where, order in (
        ("overbooked", "overbooked_weeks > 0", "headroom_hours, team_member_name, team_member_id"),
        ("idle", "capacity_hours > 0 and planned_hours / capacity_hours < 0.5",
         "planned_hours / capacity_hours, team_member_name, team_member_id"),
        ("conflicted", "time_off_conflict_hours > 0 or stale_planned_hours > 0",
         "time_off_conflict_hours desc, stale_planned_hours desc, team_member_name, team_member_id"),
    ):
        expected[name] = [r[0] for r in conn.execute(
            f"""
            select team_member_id from (
                select w.team_member_id, m.team_member_name, sum(w.capacity_hours) as capacity_hours,
                       sum(w.planned_hours) as planned_hours, sum(w.headroom_hours) as headroom_hours,
                       count(*) filter (where w.headroom_hours < 0) as overbooked_weeks,
                       sum(w.time_off_conflict_hours) as time_off_conflict_hours,
                       sum(w.stale_planned_hours) as stale_planned_hours
                from marts.fct_member_capacity_weekly w
                join marts.dim_team_members m on m.team_member_id = w.team_member_id
                where w.week_start between %s and %s
                group by w.team_member_id, m.team_member_name
            ) as members
            where {where}
            order by {order}
            """,
            (first, first + dt.timedelta(weeks=7)),
        ).fetchall()]

    def run(sql, params=None):
        return marts.frame(conn, sql, params)

    monkeypatch.setattr(marts, "PAGE_SIZE", 4)  # pages of a few members: the test firm is small

    shown = {name: [] for name in expected}
    for number in (1, 2):
        found = marts.headroom_members(8, marts.Filters(), True, 0.5, (number,) * 3, run=run)
        for name in expected:
            assert found.iloc[0][name] == len(expected[name]), name
            shown[name] += list(found[found["listing"] == name]["team_member_id"])
    for name, members in expected.items():
        assert len(members) > marts.PAGE_SIZE, f"the test firm should fill more than a page of {name}"
        assert shown[name] == members[:2 * marts.PAGE_SIZE], name


def test_utilization_figures_equal_the_marts(conn, app_test):
    at = app_test("utilization")
    anchor = _first_forecast_month(conn)
    start, end = _add_months(anchor, -12), _add_months(anchor, 3)
    chargeable, target, billable, total = conn.execute(
        """
        select sum(chargeable_hours) / sum(capacity_to_date_hours),
               sum(target_chargeable_hours) / sum(capacity_hours),
               sum(billable_hours) / sum(capacity_to_date_hours),
               sum(actual_hours) / sum(capacity_to_date_hours)
        from marts.fct_member_utilization_monthly where month_start between %s and %s
        """,
        (start, end),
    ).fetchone()
    flagged = conn.execute(
        """
        select sum(hours) filter (where quality_flag_count > 0) / sum(hours)
        from marts.fct_actuals where worked_on >= %s and worked_on < %s
        """,
        (start, _add_months(end, 1)),
    ).fetchone()[0]
    shown = _tiles(at)
    assert shown["Chargeable utilization to date"] == f"{float(chargeable):.1%}"
    assert shown["Target (the roles', by capacity)"] == f"{float(target):.1%}"
    assert shown["Billable utilization to date"] == f"{float(billable):.1%}"
    assert shown["Total utilization to date"] == f"{float(total):.1%}"
    assert billable < chargeable <= total, "Support hours are chargeable, not billable; Internal ones neither"
    assert any(f"{float(flagged):.1%} of the actual hours" in c.value for c in at.caption)


@pytest.mark.parametrize("window", ["the page's default", "wider than the marts", "a team's, its first months"])
def test_the_people_list_pages_and_sorts_in_the_warehouse(conn, monkeypatch, window):
    from headroom.dashboard import marts

    anchor = _first_forecast_month(conn)
    start, end = _add_months(anchor, -12), _add_months(anchor, 3)
    filters = marts.Filters()
    if window == "wider than the marts":  # no month before start, none at end
        start, end = dt.date(2000, 1, 1), dt.date(2100, 1, 1)
    elif window == "a team's, its first months":  # members who joined later are left out
        first = conn.execute("select min(month_start) from intermediate.int_member_days").fetchone()[0]
        start, end = first, _add_months(first, 2)
        team = conn.execute("select team from marts.dim_team_members group by team order by count(*) desc"
                            " limit 1").fetchone()[0]
        filters = marts.Filters((team,))
    # each member's chargeable hours over capacity to date, from the
    # member grain's days (not the marts the page reads)
    expected = conn.execute(
        f"""
        select d.team_member_id, sum(d.chargeable_hours) / nullif(sum(d.capacity_to_date_hours), 0) as ratio
        from intermediate.int_member_days d
        join marts.dim_team_members m on m.team_member_id = d.team_member_id
        where d.month_start between %(start)s and %(end)s {filters.where()}
        group by d.team_member_id
        order by ratio nulls last, max(m.team_member_name), d.team_member_id
        """,
        {"start": start, "end": end, **filters.params()},
    ).fetchall()

    def run(sql, params=None):
        return marts.frame(conn, sql, params)

    monkeypatch.setattr(marts, "PAGE_SIZE", 5)
    pages = [marts.utilization_members(start, end, filters, "chargeable_utilization", False, n, run=run)
             for n in (1, 2)]
    assert len(expected) > 10, "the test firm should fill two pages"
    assert int(pages[0]["member_count"].iloc[0]) == len(expected)
    shown = [int(i) for page in pages for i in page["team_member_id"]]
    assert shown == [member for member, _ in expected[:10]]
    for page in pages:
        for member, ratio in zip(page["team_member_id"], page["chargeable_utilization"]):
            wanted = dict(expected)[int(member)]
            assert (ratio is None and wanted is None) or abs(float(ratio) - float(wanted)) < 1e-9
    with pytest.raises(ValueError):
        marts.utilization_members(start, end, marts.Filters(), "1; drop table x", False, 1, run=run)


def test_filters_that_match_nothing_say_so(conn, app_test):
    pair = conn.execute(
        """
        select t.team, r.role_name
        from (select distinct team from marts.dim_team_members where is_active and not is_deleted) t
        cross join (select distinct role_name from marts.dim_team_members where is_active and not is_deleted) r
        where t.team is not null and r.role_name is not null and not exists (
            select 1 from marts.dim_team_members m
            where m.team = t.team and m.role_name = r.role_name and m.is_active and not m.is_deleted)
        limit 1
        """
    ).fetchone()
    if pair is None:
        pytest.skip("every team has every role in this firm")
    at = app_test("headroom")
    at.multiselect(key="teams").set_value([pair[0]])
    at.multiselect(key="roles").set_value([pair[1]]).run()
    assert not at.exception
    assert any("No team member matches" in i.value for i in at.info)


def test_the_dashboard_connects_as_the_read_only_role(wh, built_db, monkeypatch):
    for key, value in child_env(wh).items():
        monkeypatch.setenv(key, value)
    from headroom.dashboard import marts

    with psycopg.connect(marts.conninfo()) as conn:
        assert conn.execute("select current_user").fetchone()[0] == "headroom_dashboard"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select 1 from restricted.fct_actuals_priced limit 1")


@pytest.fixture(scope="module")
def running_app(wh, built_db):
    from headroom.browser import running_dashboard

    with running_dashboard(ROOT, child_env(wh)) as url:
        yield url
    # stopping `headroom dashboard` stops the Streamlit server it started
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
        except OSError:
            break
        time.sleep(0.5)
    else:
        pytest.fail("the Streamlit server still answers after `headroom dashboard` was stopped")


def test_the_front_page_links_every_page(running_app):
    with page() as tab:
        tab.goto(running_app)
        tab.get_by_role("heading", name="Headroom Analytics").wait_for(timeout=60_000)
        for name in PAGES:
            assert tab.locator(f"a[href$='/{name}']").count() >= 1, name
        assert tab.locator("[data-testid='stException']").count() == 0
        screenshot(tab, "dashboard-start")
        assert tab.errors == []


@pytest.mark.parametrize("name", PAGES)
def test_chromium_loads_each_page_without_error(running_app, name):
    with page() as tab:
        # every page by its own URL, the headroom page's too
        tab.goto(f"{running_app}/{name}")
        tab.get_by_role("heading", name=PAGES[name][1]).wait_for(timeout=60_000)
        tab.wait_for_selector("[data-testid='stDataFrame']", timeout=60_000)
        # wait until the script has finished running
        tab.wait_for_function(
            "!document.querySelector(\"[data-testid='stStatusWidget']\")", timeout=60_000)
        assert tab.locator("[data-testid='stException']").count() == 0
        assert tab.locator("[role='dialog']").count() == 0, tab.locator("[role='dialog']").inner_text()
        assert tab.locator("[data-testid='stAlertContentError']").count() == 0
        screenshot(tab, f"dashboard-{name}")
        assert tab.errors == []
