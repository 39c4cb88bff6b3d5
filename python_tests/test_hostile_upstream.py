"""What a hostile upstream does to the warehouse (issue 15): each class of
input is either quarantined or nulled with its reason, and the next
ordinary (incremental) build keeps the marts equal to the app. A small firm
of its own, built once, then edited the way the upstream would."""

from __future__ import annotations

import datetime as dt
import decimal

import psycopg
import pytest

from conftest import checksum, simulated_firm
from headroom.simulator import generate as gen

AS_OF = dt.date(2026, 10, 30)
NAME = "headroom_scratch_hostile"


@pytest.fixture(scope="module")
def firm(wh, tmp_path_factory):
    config = gen.Config(scale=0.1, seed=23, as_of=AS_OF, defect_rate=0.0)
    with simulated_firm(wh, NAME, tmp_path_factory.mktemp("hostile-target"), config) as (conninfo, build):
        build()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            yield conn, build


def live_hours(conn, actual_id: int) -> tuple:
    app = conn.execute(
        "select hours from app.actuals where id = %s and deleted_at is null", (actual_id,)).fetchone()
    mart = conn.execute("select hours from marts.fct_actuals where actual_id = %s", (actual_id,)).fetchone()
    return app, mart


def test_a_timestamp_from_the_future_is_quarantined_and_freezes_nothing(firm):
    conn, build = firm
    # a copy of a live row, stamped in 2099 (a skewed clock, a typo)
    future_id = conn.execute(
        """
        insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                 created_at, updated_at, deleted_at)
        select (select max(id) + 1 from app.actuals), team_member_id, project_id, worked_on, 1, source,
               null, created_at, '2099-01-01', null
        from app.actuals where deleted_at is null order by id limit 1
        returning id
        """
    ).fetchone()[0]
    build()
    # an ordinary edit after it must still reach the marts
    edited = conn.execute(
        """
        update app.actuals set hours = hours + 2, updated_at = %(stamp)s
        where id = (select max(id) from app.actuals
                    where deleted_at is null and hours < 20 and id <> %(future)s and created_at < %(stamp)s)
        returning id
        """,
        # a row made before the edit (an edit stamped before the row's
        # creation would be a defect of its own)
        {"stamp": dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 30), "future": future_id},
    ).fetchone()[0]
    build()
    app, mart = live_hours(conn, edited)
    assert app == mart, (app, mart)
    reason = conn.execute(
        "select reason_code from quality.dq_rejected_rows where source_table = 'actuals' and source_id = %s",
        (future_id,),
    ).fetchone()
    assert reason == ("future_updated_at",)
    assert conn.execute("select count(*) from marts.fct_actuals where actual_id = %s", (future_id,)).fetchone()[0] == 0


def test_nan_and_negative_money_is_nulled_counted_and_listed(firm):
    conn, build = firm
    stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 40)
    # the member with the most hours on Billable work at their own rate
    member, billable = conn.execute(
        """
        select a.team_member_id, a.project_id from app.actuals a
        join app.projects p on p.id = a.project_id
        join app.team_members m on m.id = a.team_member_id
        where p.project_type_id = 1 and p.hourly_rate is null and a.deleted_at is null
          and m.deleted_at is null and m.bill_rate is not null
        group by 1, 2 order by count(*) desc, 1, 2 limit 1
        """
    ).fetchone()
    conn.execute(
        "update app.team_members set bill_rate = 'NaN', cost_rate = -10, updated_at = %s where id = %s",
        (stamp, member))
    # hours on the as-of day, priced at the rates as they were that day:
    # the broken ones
    conn.execute(
        """
        insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                 created_at, updated_at, deleted_at)
        values ((select max(id) + 1 from app.actuals), %(member)s, %(project)s, %(day)s, 3, 'timesheet', null,
                %(logged)s, %(logged)s, null)
        """,
        {"member": member, "project": billable, "day": AS_OF,
         "logged": dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 18, 0)})
    project = conn.execute(
        """
        update app.projects set monthly_fee = 'NaN', updated_at = %s
        where id = (select min(id) from app.projects where project_type_id = 2
                    and monthly_fee is not null and deleted_at is null)
        returning id
        """,
        (stamp,),
    ).fetchone()[0]
    build()
    nan_months = conn.execute(
        """
        select count(*) from marts.fct_revenue_forecast_monthly
        where actual_revenue_usd = 'NaN' or actual_cost_usd = 'NaN' or forecast_revenue_usd = 'NaN'
           or weighted_forecast_revenue_usd = 'NaN' or actual_revenue_usd < 0 or actual_cost_usd < 0
        """
    ).fetchone()[0]
    assert nan_months == 0
    listed = set(conn.execute(
        "select source_table, source_id, column_name from quality.dq_invalid_values").fetchall())
    assert {("team_members", member, "bill_rate"), ("team_members", member, "cost_rate"),
            ("projects", project, "monthly_fee")} <= listed
    # the member's hours still count: as hours whose money is unknown
    unpriced, uncosted = conn.execute(
        """
        select count(*) filter (where is_unpriced), count(*) filter (where is_uncosted)
        from marts.fct_actuals where team_member_id = %s
        """,
        (member,),
    ).fetchone()
    assert unpriced > 0 and uncosted > 0
    assert conn.execute(
        "select sum(uncosted_hours) from marts.fct_revenue_forecast_monthly").fetchone()[0] > 0


def test_days_outside_the_calendar_are_quarantined_and_the_build_goes_on(firm):
    conn, build = firm
    stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 45)
    actual = conn.execute(
        """
        insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                 created_at, updated_at, deleted_at)
        select (select max(id) + 1 from app.actuals), team_member_id, project_id, '1900-01-01', 2, source,
               null, %s, %s, %s
        from app.actuals where deleted_at is null order by id limit 1
        returning id
        """,
        (stamp, stamp, stamp),  # soft-deleted, and still no build may stop on it
    ).fetchone()[0]
    allocation = conn.execute(
        """
        insert into app.allocations (id, team_member_id, project_id, starts_on, ends_on, hours_per_day,
                                     created_at, updated_at, deleted_at)
        select (select max(id) + 1 from app.allocations), team_member_id, project_id, '2016-03-01',
               '2016-03-31', 4, %s, %s, null
        from app.allocations where deleted_at is null order by id limit 1
        returning id
        """,
        (stamp, stamp),
    ).fetchone()[0]
    build()
    found = dict(conn.execute(
        """
        select source_table, reason_code from quality.dq_rejected_rows
        where (source_table, source_id) in (('actuals', %s), ('allocations', %s))
        """,
        (actual, allocation),
    ).fetchall())
    assert found == {"actuals": "date_out_of_range", "allocations": "date_out_of_range"}


def test_a_member_from_the_future_then_hard_deleted_leaves_the_history_whole(firm):
    """The SCD2 history never gets a version that ends before it starts: a
    member stamped in the future is quarantined, so the snapshot never
    records it, and its hard delete closes nothing."""
    conn, build = firm
    member = conn.execute(
        """
        insert into app.team_members (id, user_id, name, email, role, team, weekly_capacity_hours,
                                      cost_rate, bill_rate, active, started_on, ended_on,
                                      created_at, updated_at, deleted_at)
        select (select max(id) + 1 from app.team_members), null, 'Future Member', null, role, team, 40,
               cost_rate, bill_rate, true, started_on, null, created_at, '2099-06-01', null
        from app.team_members order by id limit 1
        returning id
        """
    ).fetchone()[0]
    build()
    assert conn.execute(
        "select count(*) from snapshots.snp_app__team_members where team_member_id = %s", (member,)
    ).fetchone()[0] == 0
    conn.execute("delete from app.team_members where id = %s", (member,))
    build()  # the SCD2 tests of the snapshot run in the build, and pass
    assert conn.execute(
        "select count(*) from snapshots.snp_app__team_members where dbt_valid_to < dbt_valid_from"
    ).fetchone()[0] == 0


def test_a_member_day_over_24_hours_from_several_rows_is_held_back(firm):
    """Two rows of 13 and 12.5 hours, each within range, on a day the member
    already logged a few hours: the day adds up to more than 24, so every
    row of it is held back with its reason (none can be told to be the
    wrong one); withdrawing one of them brings the day back, untouched rows
    included, on the next ordinary build."""
    conn, build = firm
    member, day, project, logged = conn.execute(
        """
        select team_member_id, worked_on, min(project_id), sum(hours)
        from app.actuals where deleted_at is null and worked_on < %s
        group by 1, 2 having sum(hours) between 4 and 10
        order by worked_on desc, team_member_id limit 1
        """, (AS_OF,)).fetchone()
    already = [r[0] for r in conn.execute(
        "select id from app.actuals where team_member_id = %s and worked_on = %s and deleted_at is null",
        (member, day))]
    added = []
    for hours, hour in ((13, 18), (12.5, 19)):
        stamp = dt.datetime(day.year, day.month, day.day, hour, 0)
        added.append(conn.execute(
            """
            insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                     created_at, updated_at, deleted_at)
            values ((select max(id) + 1 from app.actuals), %s, %s, %s, %s, 'timesheet', null, %s, %s, null)
            returning id
            """, (member, project, day, hours, stamp, stamp)).fetchone()[0])
    build()

    def in_the_marts():
        return conn.execute(
            "select coalesce(sum(hours), 0) from marts.fct_actuals where team_member_id = %s and worked_on = %s",
            (member, day)).fetchone()[0]

    held = dict(conn.execute(
        "select source_id, reason_code from quality.dq_rejected_rows where source_table = 'actuals'"
        " and source_id = any(%s)", (already + added,)).fetchall())
    assert held == {row: "member_day_over_24h" for row in already + added}
    assert in_the_marts() == 0
    # the 13-hour row withdrawn: the day is 12.5 h + what was logged
    conn.execute("update app.actuals set deleted_at = %s, updated_at = %s where id = %s",
                 (dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 20), dt.datetime(AS_OF.year, AS_OF.month,
                                                                                  AS_OF.day, 20), added[0]))
    build()
    assert in_the_marts() == logged + decimal.Decimal("12.5")
    assert conn.execute(
        "select count(*) from quality.dq_rejected_rows where source_table = 'actuals' and source_id = any(%s)",
        (already + added,)).fetchone()[0] == 0


def test_text_that_means_nothing_is_used_as_unknown_counted_and_listed(firm):
    """An actuals source, a time off kind and a member's team typed as an
    empty string, the text 'null' or SQL: the rows stay (their hours and
    days count), the value is unknown (a team falls back on the role's
    team), each is listed with its reason and counted on the health page's
    summary, and no mart shows a team named "null"."""
    conn, build = firm
    stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 22, 0)
    actuals = [r[0] for r in conn.execute(
        "select id from app.actuals where deleted_at is null and created_at < %s order by id limit 2",
        (stamp,))]
    for row, text in zip(actuals, ("", "null")):
        conn.execute("update app.actuals set source = %s, updated_at = %s where id = %s", (text, stamp, row))
    time_off = conn.execute(
        "update app.time_off set kind = %s, updated_at = %s"
        " where id = (select min(id) from app.time_off where deleted_at is null and created_at < %s)"
        " returning id", ("x'; drop table app.actuals; --", stamp, stamp)).fetchone()[0]
    members = [r[0] for r in conn.execute(
        "select id from app.team_members where deleted_at is null and role = 'Engineer' and created_at < %s"
        " order by id limit 2", (stamp,))]
    for member, text in zip(members, ("null", "  ")):
        conn.execute("update app.team_members set team = %s, updated_at = %s where id = %s", (text, stamp, member))
    build()
    listed = set(conn.execute(
        "select source_table, source_id, column_name from quality.dq_invalid_values").fetchall())
    assert {("actuals", actuals[0], "source"), ("actuals", actuals[1], "source"), ("time_off", time_off, "kind"),
            ("team_members", members[0], "team"), ("team_members", members[1], "team")} <= listed
    # the hours still count, their source unknown
    kept = conn.execute("select actual_id, actual_source from marts.fct_actuals where actual_id = any(%s)",
                        (actuals,)).fetchall()
    assert sorted(kept) == [(actuals[0], "unknown"), (actuals[1], "unknown")]
    # the members' team is the role's (the roles reference: Engineer is in Engineering)
    assert conn.execute("select array_agg(distinct team) from marts.dim_team_members where team_member_id = any(%s)",
                        (members,)).fetchone()[0] == ["Engineering"]
    teams = {r[0] for r in conn.execute("select distinct team from marts.dim_team_members")}
    assert not {t for t in teams if t is None or t.strip().lower() in ("", "null")}
    counted = conn.execute(
        "select values_used_as_unknown from monitoring.mon_quarantine_shares order by started_at desc limit 1"
    ).fetchone()[0]
    assert counted == len(listed)


def _tables_holding(conn, text: str) -> list[str]:
    """Every column of every warehouse relation (not the app's, not the
    simulator's) whose text holds `text`: schema.table.column."""
    columns = conn.execute(
        """
        select c.table_schema, c.table_name, c.column_name
        from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
        where c.table_schema not in ('app', 'simulator', 'pg_catalog', 'information_schema')
          and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json')
        """).fetchall()
    assert len(columns) > 50  # the warehouse's text columns, snapshots and monitoring among them
    return [f"{s}.{t}.{c}" for s, t, c in columns
            if conn.execute(f'select exists (select 1 from "{s}"."{t}" where strpos("{c}"::text, %s) > 0)',
                            (text,)).fetchone()[0]]


def test_an_erased_member_leaves_no_old_name_in_the_warehouse(firm):
    """Erasure (contract v3): the app renames the leaver 'Erased member
    <id>', nulls their email and notes and deletes their login. From the
    next build on no relation the warehouse keeps holds the old name: not
    the snapshot's earlier versions, not the run history (here an error
    message that quoted the row); their hours and versions stay under
    their id."""
    conn, build = firm
    unique = "Zelda Quixote-Erasable"
    member, user_id = conn.execute(
        """
        select m.id, m.user_id from app.team_members m
        where m.deleted_at is null and m.user_id is not null and m.is_placeholder is false
          and exists (select 1 from app.actuals a where a.team_member_id = m.id and a.deleted_at is null)
        order by m.id desc limit 1
        """).fetchone()
    renamed = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 21, 0)
    conn.execute("update app.team_members set name = %s, updated_at = %s where id = %s", (unique, renamed, member))
    build()
    assert "snapshots.snp_app__team_members.team_member_name" in _tables_holding(conn, unique)
    # an error message of the run history that quoted the member's row
    conn.execute(
        "update monitoring.node_results set message = %s"
        " where (invocation_id, unique_id) = (select invocation_id, unique_id from monitoring.node_results limit 1)",
        (f"Failing row contains ({member}, {unique}, Engineer).",))
    hours, versions = conn.execute(
        "select (select sum(hours) from marts.fct_actuals where team_member_id = %(m)s),"
        " (select count(*) from snapshots.snp_app__team_members where team_member_id = %(m)s)",
        {"m": member}).fetchone()
    # the app forgets them
    erased = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 22, 30)
    conn.execute("update app.team_members set name = %s, email = null, updated_at = %s where id = %s",
                 (f"Erased member {member}", erased, member))
    conn.execute("update app.actuals set notes = null where team_member_id = %s", (member,))
    conn.execute("delete from app.users where id = %s", (user_id,))
    build()
    assert _tables_holding(conn, unique) == []
    # the hours and the history stay, under the id (one version more: the erasure)
    assert conn.execute(
        "select (select sum(hours) from marts.fct_actuals where team_member_id = %(m)s),"
        " (select count(*) from snapshots.snp_app__team_members where team_member_id = %(m)s)",
        {"m": member}).fetchone() == (hours, versions + 1)
    assert conn.execute("select team_member_name from marts.dim_team_members where team_member_id = %s",
                        (member,)).fetchone()[0] == f"Erased member {member}"


def test_after_all_of_it_the_marts_equal_a_full_refresh(firm):
    """Last in this module: after every hostile edit above, each followed by
    an ordinary incremental build, the marts and the quarantine equal what
    a full refresh of the same app gives."""
    conn, build = firm
    tables = [f"{s}.{t}" for s, t in conn.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in ('marts', 'quality') and table_type = 'BASE TABLE' order by 1, 2").fetchall()]
    incremental = {table: checksum(conn, table) for table in tables}
    build("--full-refresh")
    assert {table: checksum(conn, table) for table in tables} == incremental
