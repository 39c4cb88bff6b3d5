"""The MetricFlow semantic layer answers from the marts, and a ratio metric
is a ratio of sums (never an average of rates): `headroom mf query` must
give what a hand-written query gives. The expectations are computed from
the daily member grain (intermediate.int_member_days) in plain SQL, by
calendar month: a week that straddles two months must not land in the
month of its Monday, and utilization divides by the capacity up to the
as-of day only."""

from __future__ import annotations

import csv
import decimal

import psycopg

from conftest import run_cli

TOLERANCE = decimal.Decimal("0.000001")


def mf_rows(tmp_path, metrics: str, group_by: str) -> list[dict]:
    out = tmp_path / "metrics.csv"
    result = run_cli(
        "mf", "query", "--metrics", metrics, "--group-by", group_by,
        "--csv", str(out), "--quiet",
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    with out.open() as f:
        rows = list(csv.DictReader(f))
    assert rows, "the query returned nothing"
    return rows


def daily_grain_by_month_and_team(conninfo: str) -> list[tuple]:
    """(month, team, billable / capacity to date, capacity, expected billable
    utilization) from the daily grain: the days' own months, the as-of split
    from each day's is_after_as_of."""
    with psycopg.connect(conninfo) as conn:
        return conn.execute(
            """
            select
                to_char(date_trunc('month', d.calendar_on), 'YYYY-MM-DD'),
                m.team,
                sum(d.billable_hours) filter (where not d.is_after_as_of)
                / nullif(sum(d.capacity_hours) filter (where not d.is_after_as_of), 0),
                sum(d.capacity_hours),
                (
                    sum(d.billable_hours)
                    + coalesce(sum(d.planned_billable_hours) filter (where d.is_after_as_of), 0)
                ) / nullif(sum(d.capacity_hours), 0)
            from intermediate.int_member_days as d
            join marts.dim_team_members as m using (team_member_id)
            group by 1, 2
            """
        ).fetchall()


def as_decimal(value: str) -> decimal.Decimal | None:
    return None if value in ("", "None") else decimal.Decimal(value)


def test_monthly_utilization_comes_from_the_days_of_the_month(wh, built_db, tmp_path):
    rows = mf_rows(
        tmp_path,
        "billable_utilization,capacity_hours,expected_billable_utilization",
        "metric_time__month,team_member__team",
    )
    got = {(r["metric_time__month"][:10], r["team_member__team"]): r for r in rows}
    expected = daily_grain_by_month_and_team(wh.conninfo(built_db))
    assert len(got) == len(expected)
    checked = future = 0
    for month, team, utilization, capacity, expected_utilization in expected:
        row = got[(month, team or "")]
        assert as_decimal(row["capacity_hours"]) == capacity, (month, team)
        value = as_decimal(row["billable_utilization"])
        if utilization is None:
            assert value is None, (month, team, value)
            future += 1
        else:
            assert abs(value - utilization) < TOLERANCE, (month, team, value, utilization)
            checked += 1
        value = as_decimal(row["expected_billable_utilization"])
        if expected_utilization is None:
            assert value is None
        else:
            assert abs(value - expected_utilization) < TOLERANCE, (month, team)
    assert checked > 0 and future > 0, (checked, future)


def test_weekly_metrics_group_by_iso_week(wh, built_db, tmp_path):
    rows = mf_rows(tmp_path, "weekly_capacity_hours,weekly_stale_planned_hours", "metric_time__week")
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        expected = dict(conn.execute(
            """
            select to_char(date_trunc('week', calendar_on), 'YYYY-MM-DD'), sum(capacity_hours)
            from intermediate.int_member_days group by 1
            """
        ).fetchall())
    got = {r["metric_time__week"][:10]: as_decimal(r["weekly_capacity_hours"]) for r in rows}
    assert got == expected
