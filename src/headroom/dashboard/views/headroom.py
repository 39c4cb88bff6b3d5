"""Headroom: who is overbooked or idle in the coming weeks, by team and role.
The warehouse counts and pages the members, so the page reads a page of
them at a time whatever the size of the firm."""

import datetime as dt

import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, page_picker, people_filters, show_table
from headroom.dashboard.marts import MEMBER_LISTINGS

st.title("Headroom in the coming weeks")
filters = people_filters()
with st.sidebar:
    longest = max(load("weeks_ahead_max"), 2)
    weeks = st.slider("Weeks ahead (1: next week alone)", min_value=1, max_value=longest, value=min(8, longest),
                      key="weeks")
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
pages = tuple(st.session_state.get(f"{name}_page", 1) for name in MEMBER_LISTINGS)
members = load("headroom_members", weeks, filters, with_tentative, idle_below / 100, pages)
counts = members.iloc[0]
st.caption(
    f"{'The week of' if weeks == 1 else 'Weeks'} {first:%d %b %Y}{'' if weeks == 1 else f' to {last:%d %b %Y}'} "
    "(Mondays); headroom = capacity - planned hours. "
    "Planned hours leave out what will not be worked: plans on a member's time off shrink with the "
    "day's capacity (time-off conflicts), and plans on Completed, Cancelled or deleted projects count "
    "nothing (stale plans). Both are listed for the planners to clean up."
)
if counts["members"] == 0:
    st.info("No team member matches these filters.")
    st.stop()

tentative_hours = by_team["planned_tentative_hours"].sum()
if not with_tentative:
    # the marts' own figures without tentative work, not a sum recomputed here
    by_team["planned_hours"] = by_team["planned_hours"] - by_team["planned_tentative_hours"]
    by_team["headroom_hours"] = by_team["headroom_without_tentative_hours"]
    by_team["free_hours"] = by_team["free_without_tentative_hours"]
    by_team["overbooked_hours"] = by_team["overbooked_without_tentative_hours"]

tiles = st.columns(5)
tiles[0].metric("Free hours", f"{by_team['free_hours'].sum():,.1f}",
                help="Each member's capacity left after their plan, week by week, where above zero: "
                     "one member's free hours do not cover another's overbooking.")
tiles[1].metric("Overbooked hours", f"{by_team['overbooked_hours'].sum():,.1f}",
                help="Each member's plan above their capacity, week by week.")
tiles[2].metric("Overbooked members", f"{int(counts['overbooked']):,}")
tiles[3].metric("Idle members", f"{int(counts['idle']):,}")
to_clean = by_team["time_off_conflict_hours"].sum() + by_team["stale_planned_hours"].sum()
tiles[4].metric("Plans to clean up, hours", f"{to_clean:,.1f}",
                help="Planned on time off, or on closed or deleted projects (listed below).")
st.caption(f"Of the planned hours, {tentative_hours:,.2f} are tentative (projects not yet won: Initial, "
           f"Proposal); headroom above {'counts' if with_tentative else 'leaves out'} them.")

weekly = by_team.groupby("week_start", as_index=False)[["free_hours", "overbooked_hours"]].sum()
chart = go.Figure()
chart.add_bar(x=weekly["week_start"], y=weekly["free_hours"].astype(float), name="free hours",
              marker_color="#2e7d32")
chart.add_bar(x=weekly["week_start"], y=-weekly["overbooked_hours"].astype(float), name="overbooked hours",
              marker_color="#c62828")
chart.update_layout(barmode="relative", xaxis_title="Week (Monday)", yaxis_title="Hours",
                    yaxis_tickformat=",")
st.plotly_chart(chart, use_container_width=True)

st.subheader("Person by week (most overbooked first)")
grid_page = page_picker("People", int(counts["members"]), "grid_page")
grid = load("headroom_grid", weeks, first, last, filters, with_tentative, grid_page)
if not grid.empty:
    # one row per member (two members may share a name), in the page's order
    grid["member"] = [f"{name} ({team}, #{member})" for name, team, member in
                      zip(grid["team_member_name"], grid["team"], grid["team_member_id"])]
    for column in ("headroom_hours", "planned_tentative_hours"):
        grid[column] = grid[column].astype(float)
    names = list(dict.fromkeys(grid["member"]))
    shape = grid.pivot(index="member", columns="week_start", values="headroom_hours").reindex(names)
    tentative = grid.pivot(index="member", columns="week_start", values="planned_tentative_hours").reindex(names)
    heat = go.Figure(go.Heatmap(
        z=shape.to_numpy(dtype=float), x=[f"{w:%d %b}" for w in shape.columns], y=names,
        customdata=tentative.to_numpy(dtype=float), colorscale="RdYlGn", zmid=0,
        colorbar={"title": "Headroom (h)"},
        hovertemplate="%{y}, week of %{x}: %{z:,.1f} h headroom (%{customdata:,.1f} h tentative)<extra></extra>"))
    heat.update_layout(height=max(300, 22 * len(names) + 120), yaxis={"autorange": "reversed"},
                       xaxis_title="Week (Monday)")
    st.plotly_chart(heat, use_container_width=True)
    st.caption("Green: hours free; red: planned above capacity. Hover a cell for its tentative hours "
               "(projects not yet won).")

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

LISTINGS = [
    ("overbooked", "Overbooked (some week planned above capacity)",
     "Nobody is planned above capacity in these weeks."),
    ("idle", f"Idle (planned below {idle_below}% of capacity)", "Nobody is idle in these weeks."),
    ("conflicted", "Plans to clean up (on time off, or on closed projects)",
     "No plan falls on time off or on a closed project in these weeks."),
]
for listing, title, when_empty in LISTINGS:
    st.subheader(title)
    if counts[listing] == 0:
        st.success(when_empty)
        continue
    page_picker(title.split(" (")[0], int(counts[listing]), f"{listing}_page")
    show_table(members[members["listing"] == listing], MEMBER_COLUMNS)
