"""What a hostile upstream does to the warehouse (issue 15): each class of
input is either quarantined or nulled with its reason, and the next
ordinary (incremental) build keeps the marts equal to the app. A small firm
of its own, built once, then edited the way the upstream would.

The classes take their turns together: the first edit of every class, one
ordinary build, what it left; the second edits (those classes that need
two), another build, what it left; then a full refresh to compare with.
Each class picks rows no other class touches. (Until 2026-12-07 each class
built on its own: thirteen builds where four do; make test's budget.)"""

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
            # OverFullDay and Erasure first: FutureTimestamp keeps off their rows
            classes = [OverFullDay(), Erasure(), FutureTimestamp(), BrokenMoney(), DaysOffTheCalendar(),
                       FutureMember(), MeaninglessText()]
            for each in classes:
                each.first(conn)
            build()
            for each in classes:
                each.after_first(conn)
            for each in classes:
                each.second(conn)
            build()
            for each in classes:
                each.after_second(conn)
            tables = [f"{s}.{t}" for s, t in conn.execute(
                "select table_schema, table_name from information_schema.tables"
                " where table_schema in ('marts', 'quality') and table_type = 'BASE TABLE' order by 1, 2")]
            incremental = {table: checksum(conn, table) for table in tables}
            build("--full-refresh")
            full = {table: checksum(conn, table) for table in tables}
            yield {type(each).__name__: each for each in classes}, incremental, full


class HostileClass:
    """One class of hostile input: its edits before each of the two
    builds, and what each build left (kept on the instance)."""

    def first(self, conn) -> None:
        pass

    def after_first(self, conn) -> None:
        pass

    def second(self, conn) -> None:
        pass

    def after_second(self, conn) -> None:
        pass


def live_hours(conn, actual_id: int) -> tuple:
    app = conn.execute(
        "select hours from app.actuals where id = %s and deleted_at is null", (actual_id,)).fetchone()
    mart = conn.execute("select hours from marts.fct_actuals where actual_id = %s", (actual_id,)).fetchone()
    return app, mart


class OverFullDay(HostileClass):
    """Two rows of 13 and 12.5 hours, each within range, on a day the member
    already logged a few hours; then the 13-hour row withdrawn. First of
    the classes: the others keep off its member-day."""

    def first(self, conn):
        self.member, self.day, project, self.logged = conn.execute(
            """
            select team_member_id, worked_on, min(project_id), sum(hours)
            from app.actuals where deleted_at is null and worked_on < %s
            group by 1, 2 having sum(hours) between 4 and 10
            order by worked_on desc, team_member_id limit 1
            """, (AS_OF,)).fetchone()
        self.already = [r[0] for r in conn.execute(
            "select id from app.actuals where team_member_id = %s and worked_on = %s and deleted_at is null",
            (self.member, self.day))]
        self.added = []
        for hours, hour in ((13, 18), (12.5, 19)):
            stamp = dt.datetime(self.day.year, self.day.month, self.day.day, hour, 0)
            self.added.append(conn.execute(
                """
                insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                         created_at, updated_at, deleted_at)
                values ((select max(id) + 1 from app.actuals), %s, %s, %s, %s, 'timesheet', null, %s, %s, null)
                returning id
                """, (self.member, project, self.day, hours, stamp, stamp)).fetchone()[0])
        TAKEN.update(member=self.member, day=self.day)

    def in_the_marts(self, conn):
        return conn.execute(
            "select coalesce(sum(hours), 0) from marts.fct_actuals where team_member_id = %s and worked_on = %s",
            (self.member, self.day)).fetchone()[0]

    def held(self, conn) -> dict:
        return dict(conn.execute(
            "select source_id, reason_code from quality.dq_rejected_rows where source_table = 'actuals'"
            " and source_id = any(%s)", (self.already + self.added,)).fetchall())

    def after_first(self, conn):
        self.held_first, self.marts_first = self.held(conn), self.in_the_marts(conn)

    def second(self, conn):
        withdrawn = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 20)
        conn.execute("update app.actuals set deleted_at = %s, updated_at = %s where id = %s",
                     (withdrawn, withdrawn, self.added[0]))

    def after_second(self, conn):
        self.held_second, self.marts_second = self.held(conn), self.in_the_marts(conn)


# what OverFullDay and Erasure take (a member-day, a member), which
# FutureTimestamp's ordinary edit keeps off: it would change their hours
TAKEN: dict = {}


class FutureTimestamp(HostileClass):
    """A copy of a live row stamped in 2099 (a skewed clock, a typo); then
    an ordinary edit, which must still reach the marts."""

    def first(self, conn):
        self.future = conn.execute(
            """
            insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                     created_at, updated_at, deleted_at)
            select (select max(id) + 1 from app.actuals), team_member_id, project_id, worked_on, 1, source,
                   null, created_at, '2099-01-01', null
            from app.actuals where deleted_at is null order by id limit 1
            returning id
            """
        ).fetchone()[0]
        # the row the ordinary edit will change, chosen before the other
        # classes add theirs: a row made before the edit (an edit stamped
        # before the row's creation would be a defect of its own), off the
        # over-full member-day and off the erased member
        self.stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 30)
        self.edited = conn.execute(
            """
            select max(id) from app.actuals
            where deleted_at is null and hours < 20 and id <> %(future)s and created_at < %(stamp)s
              and not (team_member_id = %(member)s and worked_on = %(day)s) and team_member_id <> %(erased)s
            """, {"stamp": self.stamp, "future": self.future, **TAKEN}).fetchone()[0]

    def second(self, conn):
        conn.execute("update app.actuals set hours = hours + 2, updated_at = %s where id = %s",
                     (self.stamp, self.edited))

    def after_second(self, conn):
        self.app, self.mart = live_hours(conn, self.edited)
        self.reason = conn.execute(
            "select reason_code from quality.dq_rejected_rows where source_table = 'actuals' and source_id = %s",
            (self.future,)).fetchone()
        self.in_marts = conn.execute(
            "select count(*) from marts.fct_actuals where actual_id = %s", (self.future,)).fetchone()[0]


class BrokenMoney(HostileClass):
    """A member's rates NaN and negative, hours priced at them, and a
    project's fee NaN."""

    def first(self, conn):
        stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 40)
        # the member with the most hours on Billable work at their own rate
        self.member, billable = conn.execute(
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
            (stamp, self.member))
        # hours on the as-of day, priced at the rates as they were that
        # day: the broken ones
        conn.execute(
            """
            insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                     created_at, updated_at, deleted_at)
            values ((select max(id) + 1 from app.actuals), %(member)s, %(project)s, %(day)s, 3, 'timesheet',
                    null, %(logged)s, %(logged)s, null)
            """,
            {"member": self.member, "project": billable, "day": AS_OF,
             "logged": dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 18, 0)})
        self.project = conn.execute(
            """
            update app.projects set monthly_fee = 'NaN', updated_at = %s
            where id = (select min(id) from app.projects where project_type_id = 2
                        and monthly_fee is not null and deleted_at is null)
            returning id
            """,
            (stamp,),
        ).fetchone()[0]

    def after_first(self, conn):
        self.nan_months = conn.execute(
            """
            select count(*) from marts.fct_revenue_forecast_monthly
            where actual_revenue_usd = 'NaN' or actual_cost_usd = 'NaN' or forecast_revenue_usd = 'NaN'
               or weighted_forecast_revenue_usd = 'NaN' or actual_revenue_usd < 0 or actual_cost_usd < 0
            """
        ).fetchone()[0]
        self.listed = set(conn.execute(
            "select source_table, source_id, column_name from quality.dq_invalid_values").fetchall())
        # the member's hours still count: as hours whose money is unknown
        self.unpriced, self.uncosted = conn.execute(
            """
            select count(*) filter (where is_unpriced), count(*) filter (where is_uncosted)
            from marts.fct_actuals where team_member_id = %s
            """,
            (self.member,),
        ).fetchone()
        self.uncosted_hours = conn.execute(
            "select sum(uncosted_hours) from marts.fct_revenue_forecast_monthly").fetchone()[0]


class DaysOffTheCalendar(HostileClass):
    """An actuals row of 1900 (soft-deleted, and still no build may stop on
    it) and an allocation of 2016."""

    def first(self, conn):
        stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 45)
        self.actual = conn.execute(
            """
            insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                     created_at, updated_at, deleted_at)
            select (select max(id) + 1 from app.actuals), team_member_id, project_id, '1900-01-01', 2, source,
                   null, %s, %s, %s
            from app.actuals where deleted_at is null order by id limit 1
            returning id
            """,
            (stamp, stamp, stamp),
        ).fetchone()[0]
        self.allocation = conn.execute(
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

    def after_first(self, conn):
        self.found = dict(conn.execute(
            """
            select source_table, reason_code from quality.dq_rejected_rows
            where (source_table, source_id) in (('actuals', %s), ('allocations', %s))
            """,
            (self.actual, self.allocation),
        ).fetchall())


class FutureMember(HostileClass):
    """A member stamped in the future, then hard-deleted."""

    def first(self, conn):
        self.member = conn.execute(
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

    def after_first(self, conn):
        self.versions = conn.execute(
            "select count(*) from snapshots.snp_app__team_members where team_member_id = %s", (self.member,)
        ).fetchone()[0]

    def second(self, conn):
        conn.execute("delete from app.team_members where id = %s", (self.member,))

    def after_second(self, conn):
        # the SCD2 tests of the snapshot ran in the build, and passed
        self.backwards = conn.execute(
            "select count(*) from snapshots.snp_app__team_members where dbt_valid_to < dbt_valid_from"
        ).fetchone()[0]


class MeaninglessText(HostileClass):
    """An actuals source, a time off kind and a member's team typed as an
    empty string, the text 'null' or SQL."""

    def first(self, conn):
        stamp = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 22, 0)
        self.actuals = [r[0] for r in conn.execute(
            "select id from app.actuals where deleted_at is null and created_at < %s order by id limit 2",
            (stamp,))]
        for row, text in zip(self.actuals, ("", "null")):
            conn.execute("update app.actuals set source = %s, updated_at = %s where id = %s", (text, stamp, row))
        self.time_off = conn.execute(
            "update app.time_off set kind = %s, updated_at = %s"
            " where id = (select min(id) from app.time_off where deleted_at is null and created_at < %s)"
            " returning id", ("x'; drop table app.actuals; --", stamp, stamp)).fetchone()[0]
        self.members = [r[0] for r in conn.execute(
            "select id from app.team_members where deleted_at is null and role = 'Engineer' and created_at < %s"
            " order by id limit 2", (stamp,))]
        for member, text in zip(self.members, ("null", "  ")):
            conn.execute("update app.team_members set team = %s, updated_at = %s where id = %s",
                         (text, stamp, member))

    def after_first(self, conn):
        self.listed = set(conn.execute(
            "select source_table, source_id, column_name from quality.dq_invalid_values").fetchall())
        self.kept = conn.execute(
            "select actual_id, actual_source from marts.fct_actuals where actual_id = any(%s)",
            (self.actuals,)).fetchall()
        self.member_teams = conn.execute(
            "select array_agg(distinct team) from marts.dim_team_members where team_member_id = any(%s)",
            (self.members,)).fetchone()[0]
        self.teams = {r[0] for r in conn.execute("select distinct team from marts.dim_team_members")}
        self.counted = conn.execute(
            "select values_used_as_unknown from monitoring.mon_quarantine_shares order by started_at desc limit 1"
        ).fetchone()[0]


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


class Erasure(HostileClass):
    """Contract v3: the app renames the leaver 'Erased member <id>', nulls
    their email and notes and deletes their login."""

    unique = "Zelda Quixote-Erasable"

    def first(self, conn):
        self.member, self.user_id = conn.execute(
            """
            select m.id, m.user_id from app.team_members m
            where m.deleted_at is null and m.user_id is not null and m.is_placeholder is false
              and exists (select 1 from app.actuals a where a.team_member_id = m.id and a.deleted_at is null)
            order by m.id desc limit 1
            """).fetchone()
        renamed = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 21, 0)
        conn.execute("update app.team_members set name = %s, updated_at = %s where id = %s",
                     (self.unique, renamed, self.member))
        TAKEN["erased"] = self.member

    def after_first(self, conn):
        self.holding_first = _tables_holding(conn, self.unique)

    def second(self, conn):
        # an error message of the run history that quoted the member's row
        conn.execute(
            "update monitoring.node_results set message = %s where (invocation_id, unique_id) ="
            " (select invocation_id, unique_id from monitoring.node_results limit 1)",
            (f"Failing row contains ({self.member}, {self.unique}, Engineer).",))
        self.before = self.hours_and_versions(conn)
        # the app forgets them
        erased = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 22, 30)
        conn.execute("update app.team_members set name = %s, email = null, updated_at = %s where id = %s",
                     (f"Erased member {self.member}", erased, self.member))
        conn.execute("update app.actuals set notes = null where team_member_id = %s", (self.member,))
        conn.execute("delete from app.users where id = %s", (self.user_id,))

    def hours_and_versions(self, conn) -> tuple:
        return conn.execute(
            "select (select sum(hours) from marts.fct_actuals where team_member_id = %(m)s),"
            " (select count(*) from snapshots.snp_app__team_members where team_member_id = %(m)s)",
            {"m": self.member}).fetchone()

    def after_second(self, conn):
        self.holding_second = _tables_holding(conn, self.unique)
        self.after = self.hours_and_versions(conn)
        self.name = conn.execute("select team_member_name from marts.dim_team_members where team_member_id = %s",
                                 (self.member,)).fetchone()[0]


def test_a_timestamp_from_the_future_is_quarantined_and_freezes_nothing(firm):
    case = firm[0]["FutureTimestamp"]
    assert case.app == case.mart, (case.app, case.mart)
    assert case.reason == ("future_updated_at",)
    assert case.in_marts == 0


def test_nan_and_negative_money_is_nulled_counted_and_listed(firm):
    case = firm[0]["BrokenMoney"]
    assert case.nan_months == 0
    assert {("team_members", case.member, "bill_rate"), ("team_members", case.member, "cost_rate"),
            ("projects", case.project, "monthly_fee")} <= case.listed
    assert case.unpriced > 0 and case.uncosted > 0
    assert case.uncosted_hours > 0


def test_days_outside_the_calendar_are_quarantined_and_the_build_goes_on(firm):
    assert firm[0]["DaysOffTheCalendar"].found == {"actuals": "date_out_of_range",
                                                   "allocations": "date_out_of_range"}


def test_a_member_from_the_future_then_hard_deleted_leaves_the_history_whole(firm):
    """The SCD2 history never gets a version that ends before it starts: a
    member stamped in the future is quarantined, so the snapshot never
    records it, and its hard delete closes nothing."""
    case = firm[0]["FutureMember"]
    assert case.versions == 0
    assert case.backwards == 0


def test_a_member_day_over_24_hours_from_several_rows_is_held_back(firm):
    """Every row of a day that adds up to more than 24 hours is held back
    with its reason (none can be told to be the wrong one); withdrawing one
    of them brings the day back, untouched rows included, on the next
    ordinary build."""
    case = firm[0]["OverFullDay"]
    assert case.held_first == {row: "member_day_over_24h" for row in case.already + case.added}
    assert case.marts_first == 0
    # the 13-hour row withdrawn: the day is 12.5 h + what was logged
    assert case.marts_second == case.logged + decimal.Decimal("12.5")
    assert case.held_second == {}


def test_text_that_means_nothing_is_used_as_unknown_counted_and_listed(firm):
    """The rows stay (their hours and days count), the value is unknown (a
    team falls back on the role's team), each is listed with its reason and
    counted on the health page's summary, and no mart shows a team named
    "null"."""
    case = firm[0]["MeaninglessText"]
    assert {("actuals", case.actuals[0], "source"), ("actuals", case.actuals[1], "source"),
            ("time_off", case.time_off, "kind"), ("team_members", case.members[0], "team"),
            ("team_members", case.members[1], "team")} <= case.listed
    # the hours still count, their source unknown
    assert sorted(case.kept) == [(case.actuals[0], "unknown"), (case.actuals[1], "unknown")]
    # the members' team is the role's (the roles reference: Engineer is in Engineering)
    assert case.member_teams == ["Engineering"]
    assert not {t for t in case.teams if t is None or t.strip().lower() in ("", "null")}
    assert case.counted == len(case.listed)


def test_an_erased_member_leaves_no_old_name_in_the_warehouse(firm):
    """From the build after the erasure no relation the warehouse keeps
    holds the old name: not the snapshot's earlier versions, not the run
    history (here an error message that quoted the row); their hours and
    versions stay under their id."""
    case = firm[0]["Erasure"]
    assert "snapshots.snp_app__team_members.team_member_name" in case.holding_first
    assert case.holding_second == []
    # the hours and the history stay, under the id (one version more: the erasure)
    hours, versions = case.before
    assert case.after == (hours, versions + 1)
    assert case.name == f"Erased member {case.member}"


def test_after_all_of_it_the_marts_equal_a_full_refresh(firm):
    """After every hostile edit above, each followed by an ordinary
    incremental build, the marts and the quarantine equal what a full
    refresh of the same app gives."""
    _, incremental, full = firm
    assert full == incremental
