"""The MetricFlow semantic layer answers from the marts, and a ratio metric
is a ratio of sums (never an average of rates): `headroom mf query` must
give what a hand-written query over the mart gives."""

from __future__ import annotations

import csv
import decimal

import psycopg

from conftest import run_cli


def test_billable_utilization_by_team_is_a_ratio_of_sums(wh, built_db, tmp_path):
    out = tmp_path / "utilization.csv"
    result = run_cli(
        "mf", "query", "--metrics", "billable_utilization,capacity_hours",
        "--group-by", "metric_time__month,team_member__team", "--csv", str(out), "--quiet",
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    with out.open() as f:
        rows = list(csv.DictReader(f))
    assert rows, "the query returned nothing"
    got = {
        (r["metric_time__month"][:10], r["team_member__team"]): r["billable_utilization"]
        for r in rows
    }
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        expected = conn.execute(
            """
            select to_char(date_trunc('month', w.week_start), 'YYYY-MM-DD'), d.team,
                   sum(w.billable_hours) / nullif(sum(w.capacity_hours), 0)
            from marts.fct_member_capacity_weekly as w
            join marts.dim_team_members as d using (team_member_id)
            group by 1, 2
            """
        ).fetchall()
    assert len(got) == len(expected)
    checked = 0
    for month, team, ratio in expected:
        value = got[(month, team or "")]
        if ratio is None:
            assert value in ("", "None"), (month, team, value)
        else:
            assert abs(decimal.Decimal(value) - ratio) < decimal.Decimal("0.000001"), (month, team)
            checked += 1
    assert checked > 0
