"""The generated docs site, in headless Chromium: it loads, the overview
renders, a mart's page shows its columns, the lineage graph draws, and the
single-file page works from disk. Screenshots: target/test-artifacts/."""

from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest

from browser import page, screenshot
from conftest import ROOT

TARGET = ROOT / "target"


@pytest.fixture(scope="module")
def site():
    if not (TARGET / "index.html").exists() or not (TARGET / "catalog.json").exists():
        pytest.fail("no docs in target/: `make test` runs `dbt docs generate` before pytest")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(TARGET))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_every_model_and_mart_column_is_described():
    manifest = json.loads((TARGET / "manifest.json").read_text())
    missing = []
    for node in manifest["nodes"].values():
        if node["resource_type"] != "model" or node["package_name"] != "headroom":
            continue
        if not node["description"].strip():
            missing.append(node["name"])
        if node["schema"] in ("marts", "restricted"):
            missing += [f"{node['name']}.{c}" for c, col in node["columns"].items() if not col["description"].strip()]
    undocumented_macros = [
        m["name"] for m in manifest["macros"].values()
        if m["package_name"] == "headroom" and m["path"].startswith("macros/") and not m["description"].strip()
    ]
    assert missing == []
    assert undocumented_macros == [], "describe them in the folder's _<topic>__macros.yml"
    # one exposure per page of the dashboard (the front page aside), at its URL
    from headroom.screenshots import PAGES
    assert sorted(e["url"].rsplit("/", 1)[-1] for e in manifest["exposures"].values()) == sorted(
        path for _, path in PAGES if path)
    assert "__overview__" in json.dumps(manifest["docs"])


def test_overview_renders(site):
    with page() as tab:
        tab.goto(f"{site}/index.html#!/overview")
        tab.get_by_text("Metric glossary").first.wait_for(timeout=30_000)
        assert tab.get_by_text("Billable utilization").count() > 0
        screenshot(tab, "docs-overview")
        assert tab.errors == []


def test_a_mart_page_shows_its_columns(site):
    with page() as tab:
        tab.goto(f"{site}/index.html#!/model/model.headroom.fct_member_capacity_weekly")
        # the column table (the sidebar tree holds the names too, hidden)
        tab.locator("span.text-dark:text-is('headroom_hours') >> visible=true").first.wait_for(timeout=30_000)
        for column in ("team_member_id", "week_start", "capacity_hours", "billable_utilization"):
            assert tab.locator(f"span.text-dark:text-is('{column}') >> visible=true").count() == 1, column
        assert tab.get_by_text("One row per").first.is_visible()
        screenshot(tab, "docs-mart-columns")
        assert tab.errors == []


def test_the_lineage_graph_draws_down_to_the_dashboards(site):
    with page() as tab:
        tab.goto(f"{site}/index.html#!/exposure/exposure.headroom.dashboard_headroom")
        tab.locator("text=Dashboard: Headroom >> visible=true").first.wait_for(timeout=30_000)
        tab.locator("[title='View Lineage Graph']").first.click()
        canvas = tab.locator("canvas").first
        canvas.wait_for(state="visible", timeout=30_000)
        box = canvas.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 200
        tab.wait_for_timeout(1500)  # let the layout settle before the picture
        screenshot(tab, "docs-lineage")
        assert tab.errors == []


def test_the_single_file_page_works_from_disk():
    static = TARGET / "static_index.html"
    assert static.exists(), "make run and make test generate it (dbt docs generate --static)"
    with page() as tab:
        tab.goto(f"{static.as_uri()}#!/overview")
        tab.get_by_text("Metric glossary").first.wait_for(timeout=30_000)
        screenshot(tab, "docs-static-overview")
