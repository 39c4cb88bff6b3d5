"""`headroom app advance` against the contract, and the snapshots against
what the simulator knows happened: 15 days, a `dbt snapshot` after each and
an incremental run of the incremental models every third day; at the end,
those models must equal their full refresh."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools

import psycopg
import pytest
from dbt.cli.main import dbtRunner

from conftest import INCREMENTAL_MODELS, UNIT_TESTS_LEFT_OUT, checksum, fresh_database
from headroom import cli as headroom_cli
from headroom.simulator import advance as adv
from headroom.simulator import generate as gen
from headroom.tools import AS_OF_ENV

# 15 days that end before the real today: the snapshots judge app rows by
# the real clock too (a row stamped after now is quarantined), so the
# simulated days must not run ahead of it. They cross a month boundary
# (20 October to 4 November), with plan edits on days 5 and 15 and five
# incremental runs, one on the new month's first day. (30 days until
# session 10: 15 keep make test within its 15 minutes.)
AS_OF = dt.date(2026, 10, 20)
DAYS = 15


@pytest.fixture(scope="module")
def history(wh, request, tmp_path_factory):
    """A small firm, built up to its snapshots, then DAYS days with a snapshot each."""
    name = "headroom_scratch_advance"
    database = contextlib.ExitStack()
    conninfo = database.enter_context(fresh_database(wh, name))
    gen.generate(conninfo, gen.Config(scale=0.15, seed=11, as_of=AS_OF, defect_rate=0.02))

    mp = pytest.MonkeyPatch()
    for key, value in headroom_cli.child_env(wh, name).items():
        mp.setenv(key, value)
    # dbt's files in a target of its own: the project's target/ describes
    # the suite's database, and `headroom mf` reads its semantic manifest
    # while this module builds another (CI once saw MetricFlow query
    # headroom_scratch_advance from a parallel worker)
    mp.setenv("DBT_TARGET_PATH", str(tmp_path_factory.mktemp("advance-target")))
    runner = dbtRunner()

    def dbt(*args: str, day: dt.date) -> None:
        # the day in the environment, as the daily job gives it: no new
        # --vars each day, so dbt does not parse the project again each time
        mp.setenv(AS_OF_ENV, day.isoformat())
        left_out = UNIT_TESTS_LEFT_OUT if args[0] == "build" else ()
        result = runner.invoke([*args, *left_out, "--quiet"])
        failed = [(r.node.name, r.message) for r in getattr(result.result, "results", []) if str(r.status) in ("error", "fail")]
        assert result.success, (args, result.exception, failed)

    dbt("build", day=AS_OF)
    with psycopg.connect(conninfo) as conn:
        before = _snapshot_rows(conn)
    totals: dict[str, int] = {}
    for i in range(1, DAYS + 1):
        for key, value in adv.advance(conninfo, 1).items():
            if key != "current_day":
                totals[key] = totals.get(key, 0) + value
        if i % 10 == 5:
            _edit_plans(conninfo, AS_OF + dt.timedelta(days=i))
        dbt("snapshot", day=AS_OF + dt.timedelta(days=i))
        if i % 3 == 0:
            dbt("run", "--select", *INCREMENTAL_INPUTS, day=AS_OF + dt.timedelta(days=i))
    with psycopg.connect(conninfo) as conn:
        after_days = _snapshot_rows(conn)
    last_day = AS_OF + dt.timedelta(days=DAYS)
    dbt("snapshot", day=last_day)
    dbt("test", "--select", "snp_app__projects", "snp_app__team_members", day=last_day)
    dbt("build", "--exclude", "resource_type:snapshot", day=last_day)
    with psycopg.connect(conninfo) as conn:
        incremental = {model: checksum(conn, table) for model, table in INCREMENTAL_MODELS.items()}
    # the views on them too (rebuilding a table drops the views on it), and
    # the change sets, which record the clock the models then record
    dbt("run", "--full-refresh", "--select", *INCREMENTAL_MODELS, *VIEWS_ON_INCREMENTAL_MODELS,
        "int_changed_member_months", "int_changed_project_months", day=last_day)
    with psycopg.connect(conninfo) as conn:
        full = {model: checksum(conn, table) for model, table in INCREMENTAL_MODELS.items()}
    yield {"conninfo": conninfo, "totals": totals, "before": before, "after_days": after_days,
           "dbt": dbt, "incremental": incremental, "full": full}
    mp.undo()
    database.close()


# views that a full refresh of an incremental model drops (cascade)
VIEWS_ON_INCREMENTAL_MODELS = ("stg_app__actuals", "int_kept_plan_days", "fct_actuals_priced")

# the incremental models and every model upstream of them
INCREMENTAL_INPUTS = tuple(f"+{model}" for model in INCREMENTAL_MODELS)


def _edit_plans(conninfo: str, day: dt.date) -> None:
    """Edits the simulator does not make: allocations moved, stretched,
    moved to another project and soft-deleted, time off moved: the change
    sets must rebuild the days a row left (its replaced_* range) as well as
    the days it covers (decision 37). Each edit is of a different member,
    so that no edit hides another."""
    at = dt.datetime(day.year, day.month, day.day, 19, 0, 0)
    live = "deleted_at is null and id not in (select row_id from simulator.defects where table_name = '{}')"
    billable_in_progress = "project_type_id = 1 and project_status_id = 4 and deleted_at is null"
    edits = [
        # the last member's allocations with plan ahead: starting a month
        # earlier, ending two weeks earlier (their last two weeks are left)
        f"""update app.allocations
            set starts_on = starts_on - 30, ends_on = ends_on - 14, updated_at = %(at)s
            where id in (select id from app.allocations where {live.format('allocations')}
                         and ends_on > %(day)s + 30 order by team_member_id desc, id limit 3)""",
        # one allocation of a member from the middle: soft-deleted
        f"""update app.allocations set deleted_at = %(at)s, updated_at = %(at)s
            where id = (select id from app.allocations where {live.format('allocations')}
                        order by team_member_id desc, id limit 1 offset 40)""",
        # one allocation of another member, on billable work in progress:
        # moved to another such project (the forecast of both changes)
        f"""update app.allocations
            set project_id = (select min(id) from app.projects where {live.format('projects')}
                              and {billable_in_progress} and id <> allocations.project_id),
                updated_at = %(at)s
            where id = (select id from app.allocations where {live.format('allocations')}
                        and ends_on > %(day)s + 30
                        and project_id in (select id from app.projects where {billable_in_progress})
                        order by team_member_id, id limit 1 offset 40)""",
        # the first member's time off: a week later
        f"""update app.time_off set starts_on = starts_on + 7, ends_on = ends_on + 7, updated_at = %(at)s
            where id in (select id from app.time_off where {live.format('time_off')}
                         order by team_member_id, id limit 3)""",
    ]
    with psycopg.connect(conninfo) as conn:
        for sql in edits:
            assert conn.execute(sql, {"at": at, "day": day}).rowcount > 0, sql


def _status_runs(rows) -> dict:
    """(project_id, status) rows in time order -> each project's statuses,
    consecutive repeats folded: the sequence of status versions."""
    out = {}
    for key, group in itertools.groupby(rows, key=lambda r: r[0]):
        out[key] = [status for status, _ in itertools.groupby(status for _, status in group)]
    return out


def _snapshot_rows(conn) -> int:
    return conn.execute(
        "select (select count(*) from snapshots.snp_app__projects) + (select count(*) from snapshots.snp_app__team_members)"
    ).fetchone()[0]


def test_advance_does_what_it_says(history):
    totals = history["totals"]
    for what in ("actuals logged", "actuals edited", "actuals soft-deleted", "actuals restored",
                 "status changes", "members joined", "rows deleted outright", "projects deleted outright"):
        assert totals.get(what, 0) > 0, (what, totals)
    with psycopg.connect(history["conninfo"]) as conn:
        clock = conn.execute("select current_day from simulator.clock").fetchone()[0]
        latest = conn.execute("select max(worked_on) from app.actuals where source <> 'allocation_backfill'"
                              " and id not in (select row_id from simulator.defects where table_name = 'actuals')").fetchone()[0]
        bad_stamps = conn.execute(
            "select count(*) from app.actuals a where (updated_at < created_at or updated_at is null)"
            " and id not in (select row_id from simulator.defects where table_name = 'actuals')"
        ).fetchone()[0]
    assert clock == AS_OF + dt.timedelta(days=DAYS)
    assert latest <= clock and latest > AS_OF
    assert bad_stamps == 0


def test_every_status_change_is_captured_and_none_invented(history):
    with psycopg.connect(history["conninfo"]) as conn:
        seen = conn.execute(
            "select project_id, project_status_id from snapshots.snp_app__projects order by project_id, dbt_valid_from"
        ).fetchall()
        truth = conn.execute(
            "select project_id, to_status_id from simulator.status_changes order by project_id, changed_on, from_status_id nulls first"
        ).fetchall()
        tracked = {r[0] for r in conn.execute("select project_id from staging.stg_app__projects").fetchall()}
    # a project deleted outright (advance does so on the 25th) keeps its
    # closed versions in the snapshot, but the app and the truth forget it
    seen_runs = {k: v for k, v in _status_runs(seen).items() if k in tracked}
    truth_runs = {k: v for k, v in _status_runs(truth).items() if k in tracked}
    changed = [k for k, v in truth_runs.items() if len(v) > 1]
    assert changed, f"the {DAYS} days should move some projects"
    assert seen_runs == truth_runs


def test_a_second_snapshot_with_no_change_adds_nothing(history):
    with psycopg.connect(history["conninfo"]) as conn:
        now = _snapshot_rows(conn)
    assert history["after_days"] > history["before"]
    assert now == history["after_days"]


def test_advance_without_an_app_database_is_a_clear_error(wh, scratch_db):
    from headroom.errors import UsageError

    with pytest.raises(UsageError, match="generate"):
        adv.advance(wh.conninfo(scratch_db), 1)


def test_incremental_models_equal_their_full_refresh(history):
    """Edits, soft deletes, restores, late arrivals and rate changes of
    DAYS days, taken in increments, end where a rebuild from nothing ends."""
    for model, (rows, digest) in history["incremental"].items():
        assert rows > 0, model
        assert (rows, digest) == history["full"][model], model


def test_status_history_mart_matches_the_simulator(history):
    with psycopg.connect(history["conninfo"]) as conn:
        mart = conn.execute(
            "select project_id, project_status_id from marts.fct_project_status_history"
            " order by project_id, status_version"
        ).fetchall()
        truth = conn.execute(
            "select project_id, to_status_id from simulator.status_changes"
            " where project_id in (select project_id from marts.fct_project_status_history)"
            " order by project_id, changed_on, from_status_id nulls first"
        ).fetchall()
        current = conn.execute(
            "select count(*) from marts.fct_project_status_history h join marts.dim_projects p using (project_id)"
            " where h.is_current and h.project_status_id <> p.project_status_id"
        ).fetchone()[0]
    assert _status_runs(mart) == _status_runs(truth)
    assert current == 0
