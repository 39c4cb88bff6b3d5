"""Headroom: who is overbooked or idle in the coming weeks, by team and role."""

import datetime as dt

import plotly.express as px
import streamlit as st

from headroom.dashboard.common import load, people_filters, show_table

st.title("Headroom in the coming weeks")
filters = people_filters()
with st.sidebar:
    weeks = st.slider("Weeks ahead", min_value=2, max_value=12, value=8, key="weeks")
    idle_below = st.slider("Idle below planned share of capacity", 0, 100, 50, step=5, format="%d%%", key="idle")
    with_tentative = st.toggle("Count tentative work (Initial, Proposal)", value=True, key="tentative",
                               help="Off: headroom as if no tentative project is won (confirmed and on-hold "
                                    "work only).")

first = load("first_forecast_week")
if first is None:
    st.info("No week after the as-of day in the marts: nothing is planned ahead.")
    st.stop()
last = first + dt.timedelta(weeks=weeks - 1)
by_team = load("headroom_by_team", first, last, filters)
members = load("headroom_by_member", first, last, filters)
st.caption(
    f"Weeks {first:%d %b %Y} to {last:%d %b %Y} (Mondays); headroom = capacity - planned hours. "
    "Planned hours leave out what will not be worked: plans on a member's time off shrink with the "
    "day's capacity (time-off conflicts), and plans on Completed, Cancelled or deleted projects count "
    "nothing (stale plans). Both are listed for the planners to clean up."
)
if members.empty:
    st.info("No team member matches these filters.")
    st.stop()

tentative_hours = by_team["planned_tentative_hours"].sum()
if not with_tentative:
    # the marts' own figures without tentative work, not a sum recomputed here
    for frame in (by_team, members):
        frame["planned_hours"] = frame["planned_hours"] - frame["planned_tentative_hours"]
        frame["headroom_hours"] = frame["headroom_without_tentative_hours"]
    members["overbooked_weeks"] = members["overbooked_weeks_without_tentative"]

has_capacity = members["capacity_hours"] > 0
members["planned_share"] = members["planned_hours"].astype(float) / members["capacity_hours"].astype(float).where(has_capacity)
overbooked = members[members["overbooked_weeks"] > 0]
idle = members[has_capacity & (members["planned_share"] < idle_below / 100)].sort_values("planned_share")
conflicted = members[(members["time_off_conflict_hours"] > 0) | (members["stale_planned_hours"] > 0)]

tiles = st.columns(5)
tiles[0].metric("Headroom, hours", f"{by_team['headroom_hours'].sum():,.2f}")
tiles[1].metric("Overbooked members", len(overbooked))
tiles[2].metric("Idle members", len(idle))
tiles[3].metric("Time-off conflicts, hours", f"{by_team['time_off_conflict_hours'].sum():,.2f}")
tiles[4].metric("Stale plans, hours", f"{by_team['stale_planned_hours'].sum():,.2f}")
st.caption(f"Of the planned hours, {tentative_hours:,.2f} are tentative (projects not yet won: Initial, "
           f"Proposal); headroom above {'counts' if with_tentative else 'leaves out'} them.")

by_team["headroom_hours"] = by_team["headroom_hours"].astype(float)
st.plotly_chart(
    px.bar(by_team, x="week_start", y="headroom_hours", color="team", barmode="relative",
           labels={"week_start": "Week", "headroom_hours": "Headroom (h)", "team": "Team"}),
    use_container_width=True,
)

MEMBER_COLUMNS = {
    "team_member_name": ("Member", "text"),
    "team": ("Team", "text"),
    "role_name": ("Role", "text"),
    "capacity_hours": ("Capacity", "hours"),
    "planned_hours": ("Planned", "hours"),
    "headroom_hours": ("Headroom", "hours"),
    "planned_share": ("Planned share of capacity", "percent"),
    "overbooked_weeks": ("Weeks overbooked", "count"),
    "time_off_conflict_hours": ("Planned on time off", "hours"),
    "stale_planned_hours": ("Planned on closed projects", "hours"),
}

st.subheader("Overbooked (some week planned above capacity)")
if overbooked.empty:
    st.success("Nobody is planned above capacity in these weeks.")
else:
    show_table(overbooked, MEMBER_COLUMNS)
st.subheader(f"Idle (planned below {idle_below}% of capacity)")
if idle.empty:
    st.success("Nobody is idle in these weeks.")
else:
    show_table(idle, MEMBER_COLUMNS)
st.subheader("Plans to clean up (on time off, or on closed projects)")
if conflicted.empty:
    st.success("No plan falls on time off or on a closed project in these weeks.")
else:
    show_table(conflicted.sort_values("time_off_conflict_hours", ascending=False), MEMBER_COLUMNS)
