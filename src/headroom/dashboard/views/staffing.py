"""Hiring and staffing: which roles the firm is short of, by how many
people, from which week, and the placeholders behind each gap (decision
49). A gap is the unstaffed demand planned on placeholders less the free
hours of the role's real members, week by week, in full-time people."""

import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, people_filters, show_table

st.title("Hiring and staffing")
filters = people_filters()
with st.sidebar:
    with_tentative = st.toggle("Count tentative demand (Initial, Proposal)", value=True, key="staffing_tentative",
                               help="Off: the gaps if no tentative project is won.")
weeks = load("staffing_marts.role_weeks", filters)
if weeks.empty:
    st.info("No role or placeholder matches these filters in the weeks ahead.")
    st.stop()
gap, people = ("gap_hours", "gap_people") if with_tentative else (
    "gap_without_tentative_hours", "gap_without_tentative_people")
first, last = weeks["week_start"].min(), weeks["week_start"].max()
st.caption(f"The {weeks['week_start'].nunique()} ISO weeks from {first:%d %b %Y} to the week of {last:%d %b %Y}. "
           "Gap = hours planned on placeholders (roles still to staff or hire) less the free hours of the role's "
           "members (each member's hours left after their plan; one member's overbooking frees nobody), "
           "in full-time people (40 hours a week). Above zero: hire, subcontract or move work.")

# one row per role: from which week it is short, how short at worst, and
# the demand behind it, over the weeks shown
short = weeks[weeks[gap] > 0]
roles = (
    weeks.groupby("role_name", as_index=False)
    .agg(members=("members", "max"), unstaffed_hours=("unstaffed_hours", "sum"),
         unstaffed_tentative_hours=("unstaffed_tentative_hours", "sum"), free_hours=("free_hours", "sum"),
         peak_people=(people, "max"))
)
firsts = short.groupby("role_name", as_index=False).agg(short_from=("week_start", "min"),
                                                        weeks_short=("week_start", "nunique"))
roles = roles.merge(firsts, on="role_name", how="left")
short_roles = roles[roles["short_from"].notna()].sort_values(["peak_people", "role_name"], ascending=[False, True])

tiles = st.columns(4)
tiles[0].metric("Roles short in some week", f"{len(short_roles):,} of {len(roles):,}")
if short_roles.empty:
    tiles[1].metric("Largest gap", "none")
else:
    worst = short_roles.iloc[0]
    tiles[1].metric("Largest gap", f"{float(worst['peak_people']):.1f} people",
                    help=f"{worst['role_name']}, short from the week of {worst['short_from']:%d %b %Y}.")
    tiles[1].caption(f"{worst['role_name']}, from {worst['short_from']:%d %b %Y}")
tiles[2].metric("Unstaffed demand", f"{float(weeks['unstaffed_hours'].sum()):,.0f} h",
                help="Hours planned on placeholders over the weeks shown.")
tiles[3].metric("of it tentative", f"{float(weeks['unstaffed_tentative_hours'].sum()):,.0f} h",
                help="On projects not yet won (Initial, Proposal, Pipeline).")

st.subheader("Roles to hire or staff")
if short_roles.empty:
    st.success("No role is short in any of these weeks: the members' free hours cover the unstaffed demand.")
else:
    short_roles = short_roles.assign(short_from=[f"{d:%d %b %Y}" for d in short_roles["short_from"]])
    show_table(short_roles, {
        "role_name": ("Role", "text"),
        "short_from": ("Short from the week of", "text"),
        "peak_people": ("People short at worst", "people"),
        "weeks_short": ("Weeks short", "count"),
        "unstaffed_hours": ("Unstaffed demand", "hours"),
        "unstaffed_tentative_hours": ("of it tentative", "hours"),
        "free_hours": ("Members' free hours", "hours"),
        "members": ("Members", "count"),
    })

grid = weeks.pivot(index="role_name", columns="week_start", values=people).astype(float)
grid = grid.loc[sorted(grid.index, key=lambda r: (-grid.loc[r].max(), r))]
# white at 0 people; red saturates at the largest gap shown (at least half a
# person), blue at the most hours to spare, each side on its own scale
low, high = min(-0.5, float(grid.min().min())), max(0.5, float(grid.max().max()))
zero = -low / (high - low)
chart = go.Figure(go.Heatmap(
    z=grid.values, x=[f"{d:%d %b}" for d in grid.columns], y=list(grid.index), zmin=low, zmax=high,
    colorscale=[[0, "#1565c0"], [zero, "#f5f5f5"], [1, "#c62828"]],
    colorbar={"title": "people"}, hovertemplate="%{y}, week of %{x}: %{z:.1f} people<extra></extra>",
))
chart.update_layout(title="Gap by role and week, in people (red: short; blue: hours to spare)",
                    xaxis_title="Week (Monday)", height=120 + 28 * len(grid.index))
st.plotly_chart(chart, use_container_width=True)

st.subheader("The placeholders behind a gap")
choices = list(short_roles["role_name"]) + sorted(set(roles["role_name"]) - set(short_roles["role_name"]))
role = st.selectbox("Role", choices, key="staffing_role")
behind = load("staffing_marts.placeholders_behind", role, filters)
if behind.empty:
    st.info(f"No placeholder of {role} is planned in these weeks.")
else:
    behind["weeks"] = [f"{a:%d %b} to {b:%d %b %Y}" for a, b in zip(behind["first_week"], behind["last_week"])]
    # two placeholders may carry the same name ("Engineer (to hire)"): their ids tell them apart
    behind["placeholder"] = [f"{name} #{int(i)}" for name, i in zip(behind["placeholder_name"], behind["placeholder_id"])]
    show_table(behind, {
        "placeholder": ("Placeholder", "text"),
        "team": ("Team", "text"),
        "project_code": ("Project", "text"),
        "project_name": ("Name", "text"),
        "project_status_name": ("Status", "text"),
        "weeks": ("Weeks", "text"),
        "unstaffed_hours": ("Hours", "hours"),
    })
