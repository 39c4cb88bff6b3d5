"""The project pipeline, and how long projects stay in each status."""

import plotly.express as px
import streamlit as st

from headroom.dashboard.common import load, show_table, type_filter

st.title("Project pipeline")
types = type_filter()
now = load("project_marts.pipeline", types)
if now.empty:
    st.info("No live project matches these filters.")
    st.stop()
st.plotly_chart(
    px.bar(now, x="project_status_name", y="projects",
           labels={"project_status_name": "Current status", "projects": "Projects"}),
    use_container_width=True,
)
show_table(now, {
    "project_status_name": ("Current status", "text"),
    "projects": ("Projects", "count"),
    "avg_days_in_current_status": ("Average days in it so far", "days"),
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
