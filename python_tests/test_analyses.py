"""The analysts' weekly questions (analyses/) compile and run against the
built marts, and answer something."""

from __future__ import annotations

import psycopg
import pytest

from conftest import ROOT, run_cli

ANALYSES = sorted(p.stem for p in (ROOT / "analyses").glob("*.sql"))


@pytest.fixture(scope="module")
def compiled(built_db, test_as_of):
    result = run_cli("dbt", "compile", "--select", "resource_type:analysis", "--vars", f"{{as_of_date: {test_as_of}}}")
    assert result.returncode == 0, result.stdout[-3000:]
    return ROOT / "target" / "compiled" / "headroom" / "analyses"


def test_there_are_the_three_weekly_questions():
    assert len(ANALYSES) >= 3


@pytest.mark.parametrize("name", ANALYSES)
def test_analysis_runs_and_answers(wh, built_db, compiled, name):
    sql = (compiled / f"{name}.sql").read_text()
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        rows = conn.execute(sql).fetchall()
    assert rows, f"{name} returned no rows on the test firm"
