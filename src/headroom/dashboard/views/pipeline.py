"""The project pipeline by stage: how many projects, what they are worth
ahead (the forecast after the as-of day, unweighted and weighted by the
status's probability), how long they have been there; the projects
behind each stage; and how long projects stay in each status."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, page_picker, show_table, type_filter

st.title("Project pipeline")
types = type_filter()
now = load("project_marts.pipeline", types)
if now.empty:
    st.info("No live project matches these filters.")
    st.stop()
# the pipeline is the open stages; a closed project's value ahead is no
# pipeline (blank in the table)
open_stages = now[now["is_open"]]
now.loc[~now["is_open"], ["forecast_revenue_usd", "weighted_forecast_revenue_usd"]] = None
tiles = st.columns(3)
tiles[0].metric("Open projects", f"{int(open_stages['projects'].sum()):,}")
tiles[1].metric("Revenue ahead, weighted", f"${float(open_stages['weighted_forecast_revenue_usd'].sum()):,.0f}",
                help="Each open project's forecast after the as-of day times its status's probability.")
tiles[2].metric("Revenue ahead, unweighted", f"${float(open_stages['forecast_revenue_usd'].sum()):,.0f}")
chart = go.Figure()
chart.add_bar(x=open_stages["project_status_name"], y=open_stages["forecast_revenue_usd"].astype(float),
              name="forecast (unweighted)", marker_color="#90caf9")
chart.add_bar(x=open_stages["project_status_name"], y=open_stages["weighted_forecast_revenue_usd"].astype(float),
              name="weighted by the status's probability", marker_color="#1565c0")
chart.update_layout(barmode="group", xaxis_title="Current status (workflow order)", yaxis_title="Revenue ahead, USD",
                    yaxis_tickformat="$,.0f")
st.plotly_chart(chart, use_container_width=True)
st.caption("Revenue ahead: each live project's forecast after the as-of day, to the forecast's horizon. "
           "Weighted: times the probability of its current status (Initial 10%, Proposal and Pipeline 50%, "
           "Confirmed and In Progress 100%, On Hold 25%).")
show_table(now, {
    "project_status_name": ("Current status", "text"),
    "projects": ("Projects", "count"),
    "forecast_revenue_usd": ("Revenue ahead", "usd"),
    "weighted_forecast_revenue_usd": ("Weighted", "usd"),
    "avg_days_in_current_status": ("Average days in it so far", "days"),
    "unknown_start": ("In it since before the history", "count"),
})
unknown = int(now["unknown_start"].sum())
if unknown:
    st.caption(f"{unknown:,} projects were already in their status, after edits, when the warehouse first saw "
               "them: when that status began is unknown, so their days are left out of the average (blank where "
               "no project's start is known), never counted as 0. The history grows with every daily build.")

status = st.selectbox("The projects behind a stage", list(now["project_status_name"]), key="pipeline_status")
page = st.session_state.get("pipeline_page", 1)
behind = load("project_marts.projects_in_status", status, types, page)
if not behind.empty:
    page_picker(f"Projects now {status}", int(behind["project_count"].iloc[0]), "pipeline_page")
    # when the status began, or the span it began in when the warehouse
    # first saw the project already in it
    behind["in_status_since"] = [
        f"{since:%d %b %Y}" if known
        else f"unknown: on or before {since:%d %b %Y}" if pd.isna(created)
        else f"unknown: during {since:%d %b %Y}" if created.date() == since.date()
        else f"unknown: between {created:%d %b %Y} and {since:%d %b %Y}"
        for known, since, created in zip(behind["is_start_known"], behind["valid_from"], behind["created_at"])]
    show_table(behind, {
        "project_code": ("Project", "text"),
        "project_name": ("Name", "text"),
        "client_name": ("Client", "text"),
        "project_type_name": ("Type", "text"),
        "forecast_revenue_usd": ("Revenue ahead", "usd"),
        "weighted_forecast_revenue_usd": ("Weighted", "usd"),
        "in_status_since": ("In the status since", "text"),
        "days_in_status": ("Days in status so far", "days"),
    })

st.subheader("Time in status (finished status versions)")
history = load("project_marts.time_in_status", types)
if history.empty:
    st.info("No project has left a status yet: the history grows with every build.")
else:
    show_table(history, {
        "project_status_name": ("Status", "text"),
        "versions": ("Times left", "count"),
        "median_days": ("Median days in it", "days"),
        "avg_days": ("Average days in it", "days"),
    })
