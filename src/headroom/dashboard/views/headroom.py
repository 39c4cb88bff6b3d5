"""Headroom: who is overbooked or idle in the coming weeks, by team and role."""

import datetime as dt

import plotly.express as px
import streamlit as st

from headroom.dashboard.common import load, people_filters

st.title("Headroom in the coming weeks")
filters = people_filters()
with st.sidebar:
    weeks = st.slider("Weeks ahead", min_value=2, max_value=12, value=8, key="weeks")
    idle_below = st.slider("Idle below planned share of capacity", 0, 100, 50, step=5, format="%d%%", key="idle")

first = load("first_forecast_week")
if first is None:
    st.info("No week after the as-of day in the marts: nothing is planned ahead.")
    st.stop()
last = first + dt.timedelta(weeks=weeks - 1)
by_team = load("headroom_by_team", first, last, filters)
members = load("headroom_by_member", first, last, filters)
st.caption(f"Weeks {first:%d %b %Y} to {last:%d %b %Y} (Mondays); headroom = capacity - planned hours.")
if members.empty:
    st.info("No team member matches these filters.")
    st.stop()

has_capacity = members["capacity_hours"] > 0
members["planned_share"] = members["planned_hours"].astype(float) / members["capacity_hours"].astype(float).where(has_capacity)
overbooked = members[members["overbooked_weeks"] > 0]
idle = members[has_capacity & (members["planned_share"] < idle_below / 100)].sort_values("planned_share")

left, middle, right = st.columns(3)
left.metric("Headroom, hours", f"{by_team['headroom_hours'].sum():,.2f}")
middle.metric("Overbooked members", len(overbooked))
right.metric("Idle members", len(idle))

by_team["headroom_hours"] = by_team["headroom_hours"].astype(float)
st.plotly_chart(
    px.bar(by_team, x="week_start", y="headroom_hours", color="team", barmode="relative",
           labels={"week_start": "Week", "headroom_hours": "Headroom (h)", "team": "Team"}),
    use_container_width=True,
)

st.subheader("Overbooked (some week planned above capacity)")
if overbooked.empty:
    st.success("Nobody is planned above capacity in these weeks.")
else:
    st.dataframe(overbooked, hide_index=True, use_container_width=True)
st.subheader(f"Idle (planned below {idle_below}% of capacity)")
if idle.empty:
    st.success("Nobody is idle in these weeks.")
else:
    st.dataframe(idle, hide_index=True, use_container_width=True)
