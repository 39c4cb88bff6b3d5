"""Data health: is today's data fresh, did the runs succeed, did a mart or
the quarantine move unusually (the run history of decision 28)."""

import plotly.express as px
import streamlit as st

from headroom.dashboard.common import load, show_table, show_table_or

st.title("Data health")
st.caption("From the run history in the `monitoring` schema; the runbook is docs/operations.md.")

findings = load("health.open_findings")
runs = load("health.last_runs")
builds = runs[runs["command"] == "build"]
warned = not builds.empty and builds.iloc[0]["status"] == "warned"
if findings.empty and warned:
    # one story: a warned build is not "nothing found"
    st.info("The latest build passed with warnings: a data test at warn severity found rows (its name and "
            "message are in monitoring.node_results; `make daily` names it). Nothing to alert.")
elif findings.empty:
    st.success("The latest build and freshness check found nothing.")
else:
    st.warning(f"{len(findings)} finding(s) in the latest build or freshness check: see docs/operations.md.")
    show_table(findings, {
        "severity": ("Severity", "text"), "check_name": ("Check", "text"), "subject": ("Subject", "text"),
        "observed": ("Saw", "text"), "expected": ("Expected", "text"), "detail": ("Why", "text"),
    })

st.subheader("Freshness of the app tables")
show_table_or(load("health.freshness"), {
    "source_table": ("Table", "text"), "status": ("Status", "text"),
    "age_hours": ("Newest row, hours ago", "hours"), "warn_after_hours": ("Warn after", "hours"),
    "error_after_hours": ("Error after", "hours"), "snapshotted_at": ("Checked at (UTC)", "time"),
}, "No freshness check yet: `headroom daily` (or `make run`) runs one.")

st.subheader("Last runs")
show_table(runs, {
    "started_at": ("Started (UTC)", "time"), "command": ("Command", "text"), "status": ("Status", "text"),
    "duration_seconds": ("Took", "seconds"), "nodes": ("Nodes", "count"),
    "nodes_failed": ("Failed", "count"), "tests_failed": ("Tests failed", "count"),
})

st.subheader("Rows in the marts, build by build")
rows = load("health.mart_rows")
if rows.empty:
    st.info("No build has counted the marts yet.")
else:
    st.plotly_chart(
        px.line(rows, x="started_at", y="row_count", color="relation_name", markers=True,
                labels={"started_at": "Build", "row_count": "Rows", "relation_name": "Mart"}),
        use_container_width=True,
    )

st.subheader("Rows kept out of the marts, and values used as unknown")
show_table_or(load("health.quarantine_shares"), {
    "started_at": ("Build (UTC)", "time"), "quarantined_rows": ("Rows kept out", "count"),
    "app_rows": ("App rows", "count"), "quarantine_share": ("Share", "percent"),
    "values_used_as_unknown": ("Values used as unknown", "count"),
}, "No build has counted the quarantine yet.")
st.caption("Rows kept out: quality.dq_rejected_rows, each with its reason. Values used as unknown: a value of a "
           "row the marts keep that they use as null (NaN or negative money, an actuals source or time off kind "
           "outside the contract, a team that means nothing): quality.dq_invalid_values, one row per value.")
