"""A quick small-scale run of `headroom bench`, so the benchmark never rots.
It asserts that every step completes and that its figures are sane; it
does not time anything (the figures go to docs/benchmarks.md, not here).

The run takes two minutes of a worker: it is kept out of `make test`
(marker bench) and run by `make test-bench`, which CI runs after it."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli


@pytest.fixture(scope="module")
def report(wh, tmp_path_factory, test_as_of):
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    # few readers: the figures are not the point here (16 reader processes
    # would slow the build under them fourfold on two cores, and the other
    # worker's tests run beside them), and 2 show what 4 did: every page
    # read during the build, no error, no empty page
    result = run_cli("bench", "--scale", "0.05", "--as-of", str(test_as_of), "--database", "headroom_scratch_bench",
                     "--out", str(out), "--readers", "2", "--readers-under-load", "2", timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    yield json.loads(out.read_text()), result.stdout
    run_cli("db", "drop", "headroom_scratch_bench")


@pytest.mark.bench
def test_every_step_ran_and_took_time(report):
    data, _ = report
    names = [s["name"] for s in data["steps"]]
    for expected in ("generate and load", "plain COPY of the same rows", "dbt build (full)",
                     "simulate one day", "dbt build (incremental, next day)", "dashboard queries (2 connections)",
                     "simulate one more day", "dashboard during a day's build (2 connections)"):
        assert expected in names
    assert all(s["seconds"] > 0 for s in data["steps"])
    assert all((s["client_peak_mb"] or 1) > 0 for s in data["steps"])


@pytest.mark.bench
def test_the_floor_computes_the_same_rows_as_the_mart(report):
    data, _ = report
    assert data["floor_equal"] is True


@pytest.mark.bench
def test_ratios_are_sane_and_printed(report):
    data, stdout = report
    r = data["ratios"]
    assert r["generate_vs_copy"] > 0.5
    assert r["mart_vs_floor"] > 0
    assert 0 < r["incremental_vs_full"] < 5
    assert 0 < r["no_change_vs_full"] < 5
    assert 0 < r["reconciliation_share_of_day"] < 1, "the reconciliation ran in the day's build"
    # 2 connections x 25 rounds x the queries of one view of every page
    assert data["dashboard"]["queries"] % (2 * 25) == 0
    assert {"headroom page", "utilization page", "forecast page"} <= set(data["dashboard"]["per_query"])
    assert 0 < data["dashboard"]["median_ms"] <= data["dashboard"]["p95_ms"]
    assert "incremental build / full build" in stdout
    assert "a day with no change / full build" in stdout
    # 2 readers while the next day builds: every page at least once from
    # each, no failed query, no page without rows (readers see whole marts)
    loaded = data["dashboard_under_load"]
    assert loaded["connections"] == 2 and loaded["queries"] >= 2 * (data["dashboard"]["queries"] // (2 * 25))
    assert loaded["errors"] == 0 and loaded["empty"] == 0
    assert 0 < r["dashboard_under_load_p95_ms"] and "during a build, 2 connections" in stdout


def test_unknown_scale_is_one_clear_line():
    result = run_cli("bench", "--scale", "lots")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
