"""The daily build on the replica's change feed (issue 29, decision 39):
deletes of any table, a row inserted again with a deleted id, a replica
that loses deletes without saying so, a rebuilt replica (a new epoch), a
delete log older than the last build, and a day with no change at all.

One small firm, one warehouse, the builds in order; each test reads what
its step left. The first incremental build already reads the feed: the
full build recorded the epoch it read under.
"""

from __future__ import annotations

import datetime as dt
import re

import psycopg
import pytest

from conftest import INCREMENTAL_MODELS, UNIT_TESTS_LEFT_OUT, checksum, fresh_database, project_copy, run_cli
from headroom import alerts
from headroom import cli as headroom_cli
from headroom.simulator import generate as gen
from headroom.simulator import replica
from headroom.tools import AS_OF_ENV
from test_daily import Hook, webhook  # noqa: F401 (the fixture is used by name)

AS_OF = dt.date(2026, 11, 18)
NAME = "headroom_scratch_feed"
COMPARES = "compares every row of app.actuals once"


def _written_since(conn, xid: int) -> dict[str, int]:
    """Rows of each incremental model written by a transaction after `xid`."""
    return {
        model: conn.execute(
            f"select count(*) from {table} where xmin::text::bigint > %s", (xid,)).fetchone()[0]
        for model, table in INCREMENTAL_MODELS.items()
    }


@pytest.fixture(scope="module")
def feed(wh, webhook, tmp_path_factory):  # noqa: F811
    with fresh_database(wh, NAME) as conninfo:
        gen.generate(conninfo, gen.Config(scale=0.05, seed=37, as_of=AS_OF, defect_rate=0.0))
        # the day in the environment, as the daily job gives it (decision
        # 41): the builds and the daily job share dbt's parse of the project
        env = {**headroom_cli.child_env(wh, NAME), "DBT_TARGET_PATH": str(tmp_path_factory.mktemp("feed-target")),
               alerts.WEBHOOK_ENV: webhook, AS_OF_ENV: AS_OF.isoformat()}

        def build(*args: str, extra_vars: str = "", project: dict | None = None, command: str = "build") -> str:
            more = ["--vars", "{" + extra_vars + "}"] if extra_vars else []
            left_out = UNIT_TESTS_LEFT_OUT if command == "build" else ()
            result = run_cli("dbt", command, *left_out, *args, *more, env={**env, **(project or {})})
            assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
            return result.stdout

        def daily():
            Hook.received.clear()
            return run_cli("daily", "--as-of", str(AS_OF), env=env)

        seen: dict = {}
        with psycopg.connect(conninfo, autocommit=True) as conn:
            build()

            # 1. a day with no change at all
            xid = conn.execute("select txid_current()").fetchone()[0]
            before = {m: checksum(conn, t) for m, t in INCREMENTAL_MODELS.items()}
            seen["quiet_log"] = build()
            seen["quiet_written"] = _written_since(conn, xid)
            seen["quiet_same"] = before == {m: checksum(conn, t) for m, t in INCREMENTAL_MODELS.items()}

            # 2. a project deleted outright with its plan and hours (the
            # replica logs each delete), and an actuals row deleted, then
            # inserted again with the same id
            project = conn.execute(
                """
                select p.id from app.projects p
                join app.actuals a on a.project_id = p.id and a.deleted_at is null
                where p.deleted_at is null
                  and exists (select 1 from app.allocations l where l.project_id = p.id and l.deleted_at is null)
                group by p.id order by count(*), p.id limit 1
                """
            ).fetchone()[0]
            again = conn.execute(
                "select id from app.actuals where deleted_at is null and project_id <> %s order by id limit 1",
                (project,)).fetchone()[0]
            columns = [c for c in gen.schema.column_names("actuals")]
            kept = conn.execute(f"select {', '.join(columns)} from app.actuals where id = %s", (again,)).fetchone()
            with conn.transaction():
                conn.execute("delete from app.actuals where project_id = %s", (project,))
                conn.execute("delete from app.allocations where project_id = %s", (project,))
                conn.execute("delete from app.projects where id = %s", (project,))
                conn.execute("delete from app.actuals where id = %s", (again,))
            seen["project_log"] = build()
            seen["again_while_deleted"] = conn.execute(
                "select count(*) from marts.fct_actuals where actual_id = %s", (again,)).fetchone()[0]
            seen["project"] = project
            seen["project_rows"] = conn.execute(
                """
                select (select count(*) from marts.fct_actuals where project_id = %(p)s),
                       (select count(*) from marts.fct_revenue_forecast_monthly where project_id = %(p)s),
                       (select count(*) from intermediate.int_allocation_days where project_id = %(p)s),
                       (select count(*) from quality.dq_rejected_rows where reason_code = 'deleted_outright')
                """, {"p": project}).fetchone()

            # 3. a delete log older than the last build: a delete, the log
            # purged, and a build whose last stamp is older than the log
            # keeps (the retention taken as 0 days)
            gone = conn.execute(
                "select id from app.actuals where deleted_at is null order by id desc limit 1").fetchone()[0]
            conn.execute("delete from app.actuals where id = %s", (gone,))
            conn.execute("delete from app._deleted_rows")
            # and the row deleted in step 2 comes back with its id (the
            # replica stamps the insert when it applies it: the default)
            placeholders = ", ".join(["%s"] * len(kept))
            conn.execute(f"insert into app.actuals ({', '.join(columns)}) values ({placeholders})", kept)
            seen["purged_log"] = build(extra_vars="replica_delete_log_days: 0")
            seen["purged_row"] = conn.execute(
                "select count(*) from marts.fct_actuals where actual_id = %s", (gone,)).fetchone()[0]
            seen["again_after_insert"] = conn.execute(
                "select count(*) from marts.fct_actuals where actual_id = %s", (again,)).fetchone()[0]

            # 4. a replica that loses deletes without a word: half the
            # actuals gone, nothing in the log, the same epoch
            with conn.transaction():
                conn.execute("set local session_replication_role = replica")
                conn.execute("delete from app.actuals where id % 2 = 0")
            seen["lying"] = daily()
            seen["lying_posts"] = list(Hook.received)

            # 5. the cause fixed: the replica is rebuilt (a new epoch), and
            # loses a few more deletes while it is
            seen["resync"] = replica.resync(conninfo, lose_deletes=5)
            seen["healed"] = daily()
            seen["healed_posts"] = list(Hook.received)

            # every incremental model against its full refresh after the
            # deletes (before the seeds change, which rebuilds everything)
            seen["differ"] = _against_full_refresh(conn, build)

            # 6. finance corrects a past month's EUR rate, and a company day
            # off is added (one past, one ahead): the next ordinary build
            # must take both in, as a full refresh would
            copy = project_copy(tmp_path_factory.mktemp("feed-project"))
            month = conn.execute(
                """
                select f.month_start from marts.fct_revenue_forecast_monthly f
                join marts.dim_projects p on p.project_id = f.project_id
                where p.currency = 'EUR' and f.actual_revenue_usd > 0
                  -- an amount in euros: an hourly rate or a monthly fee (a
                  -- member's bill rate is in dollars already)
                  and coalesce(p.hourly_rate, p.monthly_fee) is not null
                group by 1 order by sum(f.actual_revenue_usd) desc limit 1
                """).fetchone()[0]
            fx = copy / "seeds" / "fx_rates.csv"
            text = fx.read_text()
            corrected = re.sub(rf"(?m)^{month:%Y-%m-%d},EUR,[0-9.]+$", f"{month:%Y-%m-%d},EUR,1.9000", text)
            assert corrected != text
            fx.write_text(corrected)
            holidays = copy / "seeds" / "public_holidays.csv"
            holidays.write_text(holidays.read_text() + "".join(f"{day},Company day,{day}\n" for day in DAYS_OFF))
            in_copy = {"HEADROOM_PROJECT_DIR": str(copy)}
            before = _seed_figures(conn, month)
            build(project=in_copy)
            seen["seed_figures"] = (before, _seed_figures(conn, month))
            seen["seed_differ"] = _against_full_refresh(conn, build, project=in_copy)
            yield seen


DAYS_OFF = ("2026-10-14", "2026-12-07")


def _against_full_refresh(conn, build, project: dict | None = None) -> list[str]:
    """The incremental models that differ from their full refresh."""
    incremental = {m: checksum(conn, t) for m, t in INCREMENTAL_MODELS.items()}
    # the models only: the data tests ran in the builds compared
    build("--full-refresh", project=project, command="run")
    full = {m: checksum(conn, t) for m, t in INCREMENTAL_MODELS.items()}
    return [m for m in INCREMENTAL_MODELS if incremental[m] != full[m]]


def _seed_figures(conn, month: dt.date) -> tuple:
    """What the corrected seeds change: the actual revenue in the corrected
    month of the EUR projects priced in euros, and the capacity of the two
    new days off."""
    return conn.execute(
        """
        select
            (select sum(f.actual_revenue_usd) from marts.fct_revenue_forecast_monthly f
             join marts.dim_projects p on p.project_id = f.project_id
             where p.currency = 'EUR' and f.month_start = %s
               and coalesce(p.hourly_rate, p.monthly_fee) is not null),
            (select sum(capacity_hours) from intermediate.int_member_days where calendar_on = any(%s::date[]))
        """,
        (month, list(DAYS_OFF)),
    ).fetchone()


def test_a_day_with_no_change_leaves_every_incremental_model_untouched(feed):
    assert COMPARES not in feed["quiet_log"], "the feed was not read: every row was compared"
    assert feed["quiet_same"]
    assert feed["quiet_written"] == {model: 0 for model in INCREMENTAL_MODELS}


def test_a_project_deleted_outright_leaves_nothing_behind(feed):
    assert COMPARES not in feed["project_log"]
    actuals, forecast, plan, quarantined = feed["project_rows"]
    assert (actuals, forecast, plan) == (0, 0, 0)
    assert quarantined == 0, "a row deleted outright is gone, not a defect"


def test_a_row_inserted_again_with_a_deleted_id_counts_again(feed):
    assert feed["again_while_deleted"] == 0
    assert feed["again_after_insert"] == 1


def test_deletes_the_replica_never_logged_stop_the_daily_job_naming_the_actuals(feed):
    assert feed["lying"].returncode == 1
    assert len(feed["lying_posts"]) == 1, "exactly one alert"
    text = feed["lying_posts"][0]["text"]
    line = next(line for line in text.splitlines() if "reconciliation_gap" in line)
    assert "base_app__actuals holds" in line and "rows more than app.actuals" in line
    assert "month(s)" in line


def test_a_new_epoch_compares_everything_once_and_heals(feed):
    assert feed["resync"]["epoch"] == 2 and feed["resync"]["deletes lost"] == 5
    out = feed["healed"].stdout
    assert f"{COMPARES}: the replica was rebuilt (epoch 1 -> 2)" in out
    findings = " ".join(post["text"] for post in feed["healed_posts"])
    assert "reconciliation_gap" not in findings and "assert_no_app_row_vanishes" not in findings


def test_a_delete_log_older_than_the_last_build_compares_everything(feed):
    assert f"{COMPARES}: the last build is older than the delete log keeps" in feed["purged_log"]
    assert feed["purged_row"] == 0


def test_after_every_kind_of_delete_the_daily_build_equals_a_full_refresh(feed):
    assert not feed["differ"], feed["differ"]


def test_a_corrected_fx_rate_and_a_new_holiday_reach_the_marts_in_the_next_build(feed):
    (revenue_before, capacity_before), (revenue_after, capacity_after) = feed["seed_figures"]
    assert revenue_before and revenue_after and revenue_after > revenue_before, "the old EUR rate stayed"
    assert capacity_before > 0 and capacity_after == 0, "the new days off still have capacity"
    assert not feed["seed_differ"], feed["seed_differ"]
