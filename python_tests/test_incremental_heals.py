"""Rows the upstream's clock does not announce (issue 15, item 2): a late
row stamped before the last build, a double submit made valid by the soft
delete of its first row, an allocation inserted late, and an old member and
project hard-deleted. The next ordinary incremental build must take them
all in by itself, and pass its tests, with every incremental model equal to
its full refresh: no person runs `--full-refresh`."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from conftest import INCREMENTAL_MODELS, checksum, simulated_firm
from headroom.simulator import generate as gen

AS_OF = dt.date(2026, 10, 30)
NAME = "headroom_scratch_heals"
# stamps a month before the first build: older than any watermark
LATE = dt.datetime(2026, 9, 28, 10, 0, 0)
NOW = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 22, 0, 0)


def _insert_actual(conn, like_id: int, **values) -> int:
    """A copy of app actuals row `like_id` with `values` changed; its id."""
    columns = ["team_member_id", "project_id", "worked_on", "hours", "source", "notes",
               "created_at", "updated_at", "deleted_at"]
    select = ", ".join(f"%({c})s" if c in values else c for c in columns)
    return conn.execute(
        f"""
        insert into app.actuals (id, {", ".join(columns)})
        select (select max(id) + 1 from app.actuals), {select}
        from app.actuals where id = %(like_id)s
        returning id
        """,
        {"like_id": like_id, **values},
    ).fetchone()[0]


@pytest.fixture(scope="module")
def healed(wh, tmp_path_factory):
    config = gen.Config(scale=0.05, seed=29, as_of=AS_OF, defect_rate=0.0)
    with simulated_firm(wh, NAME, tmp_path_factory.mktemp("heals-target"), config) as (conninfo, build):
        with psycopg.connect(conninfo, autocommit=True) as conn:
            seed_row = conn.execute(
                """
                select a.id from app.actuals a
                join app.projects p on p.id = a.project_id and p.deleted_at is null
                join app.team_members m on m.id = a.team_member_id and m.deleted_at is null
                where a.deleted_at is null and a.worked_on < %s - 20 and a.hours < 6
                order by a.id limit 1
                """,
                (AS_OF,),
            ).fetchone()[0]
            # a double submit, both rows before the first build
            first = _insert_actual(conn, seed_row, hours=7, created_at=LATE, updated_at=LATE)
            second = _insert_actual(conn, seed_row, hours=7, created_at=LATE + dt.timedelta(seconds=20),
                                    updated_at=LATE + dt.timedelta(seconds=20))
            build()
            assert conn.execute(
                "select rejection_reason from staging.base_app__actuals where actual_id = %s", (second,)
            ).fetchone() == ("double_submit",)

            rows = {"second": second}
            # the first row of the double submit is soft-deleted: the second becomes valid
            conn.execute("update app.actuals set deleted_at = %s, updated_at = %s where id = %s",
                         (NOW, NOW, first))
            # a late row: stamped a month before the build that came first
            rows["late"] = _insert_actual(conn, seed_row, hours=3, created_at=LATE, updated_at=LATE)
            # a late allocation, stamped in the past, planned after the as-of day
            rows["allocation"] = conn.execute(
                """
                insert into app.allocations (id, team_member_id, project_id, starts_on, ends_on,
                                             hours_per_day, created_at, updated_at, deleted_at)
                select (select max(id) + 1 from app.allocations), team_member_id, project_id,
                       %(from)s, %(to)s, 2, %(late)s, %(late)s, null
                from app.allocations
                where deleted_at is null and ends_on > %(to)s order by id limit 1
                returning id
                """,
                {"from": AS_OF + dt.timedelta(days=3), "to": AS_OF + dt.timedelta(days=20), "late": LATE},
            ).fetchone()[0]
            # an old member and an old project, hard-deleted with their hours and plans left behind
            rows["member"] = conn.execute(
                """
                delete from app.team_members where id = (
                    select a.team_member_id from app.actuals a
                    join app.team_members m on m.id = a.team_member_id
                    where a.deleted_at is null and m.deleted_at is null
                    group by 1 order by count(*) desc limit 1 offset 3)
                returning id
                """
            ).fetchone()[0]
            rows["project"] = conn.execute(
                """
                delete from app.projects where id = (
                    select a.project_id from app.actuals a
                    join app.projects p on p.id = a.project_id
                    where a.deleted_at is null and p.deleted_at is null and a.team_member_id <> %s
                    group by 1 order by count(*) desc limit 1 offset 2)
                returning id
                """,
                (rows["member"],),
            ).fetchone()[0]

            build()  # the ordinary daily build: its tests must pass
            # the next day: an ordinary edit moves a row to the month before; the
            # month it left must be rebuilt too
            rows["moved"] = conn.execute(
                """
                update app.actuals set worked_on = worked_on - 31, updated_at = %(now)s
                where id = (
                    select max(a.id) from app.actuals a
                    where a.deleted_at is null and a.id < %(first)s and a.worked_on < %(as_of)s - 10
                      and a.project_id <> %(project)s
                      -- parents older than the watermark, so that nothing else rebuilds them
                      and a.project_id in (select id from app.projects where updated_at
                                           < (select max(updated_at) from app.projects) - interval '1 day')
                      and a.team_member_id in (select id from app.team_members where updated_at
                                               < (select max(updated_at) from app.projects) - interval '1 day')
                      and a.team_member_id <> %(member)s)
                returning id
                """,
                {"now": NOW + dt.timedelta(hours=1), "first": first, "as_of": AS_OF, **rows},
            ).fetchone()[0]

            # and a tentative project (a Proposal, all its plan ahead) is won
            rows["won"] = conn.execute(
                """
                update app.projects set project_status_id = 3, updated_at = %(now)s
                where id = (
                    select p.id from app.projects p join app.allocations a on a.project_id = p.id
                    where p.deleted_at is null and p.project_status_id in (1, 2) and a.deleted_at is null
                    group by p.id having min(a.starts_on) > %(as_of)s order by p.id limit 1)
                returning id
                """,
                {"now": NOW + dt.timedelta(hours=1), "as_of": AS_OF},
            ).fetchone()[0]
            before = _plan_by_certainty(conn)

            build()
            incremental = {model: checksum(conn, table) for model, table in INCREMENTAL_MODELS.items()}
            facts = _facts(conn, rows)
            facts["plan_before"], facts["plan_after"] = before, _plan_by_certainty(conn)
            build("--full-refresh", "--exclude", "resource_type:snapshot")
            full = {model: checksum(conn, table) for model, table in INCREMENTAL_MODELS.items()}
            yield {"incremental": incremental, "full": full, "facts": facts, "rows": rows}


def _plan_by_certainty(conn) -> dict:
    keys = ("planned", "confirmed", "tentative", "on_hold")
    sums = conn.execute(
        "select sum(planned_hours), sum(planned_confirmed_hours), sum(planned_tentative_hours),"
        " sum(planned_on_hold_hours) from marts.fct_member_capacity_weekly").fetchone()
    return dict(zip(keys, sums))


def _facts(conn, rows: dict) -> dict:
    one = lambda sql, *args: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    return {
        "second_in_fct_actuals": one("select count(*) from marts.fct_actuals where actual_id = %s", rows["second"]),
        "late_in_fct_actuals": one("select count(*) from marts.fct_actuals where actual_id = %s", rows["late"]),
        "allocation_days": one(
            "select count(*) from intermediate.int_allocation_days where allocation_id = %s", rows["allocation"]),
        "member_hours_in_people_marts": one(
            "select coalesce(sum(actual_hours), 0) from marts.fct_member_utilization_monthly"
            " where team_member_id = %s", rows["member"]),
        "member_days": one(
            "select count(*) from intermediate.int_member_days where team_member_id = %s", rows["member"]),
        "project_hours_in_member_days": one(
            "select coalesce(sum(actual_hours), 0) from intermediate.int_member_days"
            " where team_member_id in (select team_member_id from app.actuals where project_id = %s)",
            rows["project"])
        - one("select coalesce(sum(hours), 0) from marts.fct_actuals where team_member_id in"
              " (select team_member_id from app.actuals where project_id = %s)",
              rows["project"]),
        "won_forecast_hours": one(
            "select sum(forecast_hours) from marts.fct_revenue_forecast_monthly where project_id = %s",
            rows["won"]),
        "forecast_hours_minus_actuals": one(
            "select coalesce(sum(actual_hours), 0) from marts.fct_revenue_forecast_monthly")
        - one("select coalesce(sum(hours), 0) from marts.fct_actuals"),
    }


def test_the_rows_the_clock_did_not_announce_reach_the_marts(healed):
    facts = healed["facts"]
    assert facts["second_in_fct_actuals"] == 1, "the double submit made valid never arrived"
    assert facts["late_in_fct_actuals"] == 1, "the late row never arrived"
    assert facts["allocation_days"] > 0, "the late allocation never arrived"


def test_hard_deleted_parents_leave_no_hours_behind(healed):
    facts = healed["facts"]
    assert facts["member_days"] == 0 and facts["member_hours_in_people_marts"] == 0
    assert facts["forecast_hours_minus_actuals"] == 0
    assert facts["project_hours_in_member_days"] == 0


def test_a_tentative_project_won_moves_its_plan_to_confirmed(healed):
    """Its plan (all after the as-of day) leaves the tentative hours and
    joins the confirmed ones, as many hours as the forecast plans for it;
    planned hours in all stay the same."""
    facts = healed["facts"]
    before, after, hours = facts["plan_before"], facts["plan_after"], facts["won_forecast_hours"]
    assert hours > 0
    assert after["planned"] == before["planned"]
    assert after["confirmed"] - before["confirmed"] == hours
    assert before["tentative"] - after["tentative"] == hours
    assert after["on_hold"] == before["on_hold"]
    assert after["confirmed"] + after["tentative"] + after["on_hold"] == after["planned"]


def test_the_daily_build_equals_a_full_refresh(healed):
    differ = [m for m in INCREMENTAL_MODELS if healed["incremental"][m] != healed["full"][m]]
    assert not differ, differ
