"""Utilization against target, by month, and person by person. The
headline is chargeable utilization (contract v3): the hours of client work
(Billable, Support and Fixed Fee projects) over the capacity that has
passed, the figure each role's target is set against. Billable (hours
billed by the hour) and total (all hours) stand beside it."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, month_range, page_picker, people_filters, ratio, share, show_table
from headroom.dashboard.marts import UTILIZATION_ORDERS

st.title("Chargeable utilization against target")
filters = people_filters()
start, end = month_range(back=12, ahead=3, key="util_months")
rows = load("utilization_by_month", start, end, filters)
if rows.empty:
    st.info("No utilization for these filters and months.")
    st.stop()
flagged = load("flagged_actuals", start, end, filters)

sums = ["capacity_hours", "capacity_to_date_hours", "chargeable_hours", "billable_hours", "actual_hours",
        "planned_billable_hours_after_as_of", "target_chargeable_hours"]
months = rows.groupby("month_start", as_index=False)[sums].sum()


def ratios(frame):
    """The marts' ratios of sums: worked hours over the capacity to date,
    the target over the whole capacity."""
    for measure, hours in (("chargeable", "chargeable_hours"), ("billable", "billable_hours"),
                           ("total", "actual_hours")):
        frame[f"{measure}_utilization"] = [
            ratio(h, c) for h, c in zip(frame[hours], frame["capacity_to_date_hours"])]
    frame["target_utilization"] = [
        ratio(t, c) for t, c in zip(frame["target_chargeable_hours"], frame["capacity_hours"])]
    return frame


months = ratios(months)
total = rows[sums].sum()
tiles = st.columns(4)
tiles[0].metric("Chargeable utilization to date", share(total["chargeable_hours"], total["capacity_to_date_hours"]),
                help="Hours on Billable, Support and Fixed Fee projects / capacity up to the as-of day.")
tiles[1].metric("Target (the roles', by capacity)", share(total["target_chargeable_hours"], total["capacity_hours"]))
tiles[2].metric("Billable utilization to date", share(total["billable_hours"], total["capacity_to_date_hours"]),
                help="Hours billed by the hour (Billable projects) / capacity up to the as-of day.")
tiles[3].metric("Total utilization to date", share(total["actual_hours"], total["capacity_to_date_hours"]),
                help="All hours worked, Internal included / capacity up to the as-of day.")

chart = go.Figure()
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["chargeable_utilization"]),
                  name="chargeable", line={"width": 3})
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["target_utilization"]),
                  name="target", line={"dash": "dash"})
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["billable_utilization"]),
                  name="billable", line={"dash": "dot"})
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["total_utilization"]),
                  name="total", line={"dash": "dot"})
chart.update_layout(yaxis_tickformat=".0%", xaxis_title="Month", yaxis_title="Share of capacity to date")
st.plotly_chart(chart, use_container_width=True)
flagged_share = share(flagged["flagged_hours"].sum(), flagged["actual_hours"].sum()) if not flagged.empty else "–"
st.caption(
    "Ratios of sums, over the capacity up to the as-of day (none yet for months after it). "
    "Chargeable = hours of client work (Billable, Support and Fixed Fee projects): the roles' targets "
    "are targets of it. Billable = hours billed by the hour (Billable projects only); Support and "
    "Fixed Fee hours are chargeable but not billable. Total = every hour worked, Internal included. "
    f"{flagged_share} of the actual hours in these months carry a quality flag (unpriced, uncosted, "
    "backfilled, edited after the week closed, on time off or on a day off): see fct_actuals."
)

st.subheader("People")
labels = {
    "chargeable_utilization": "Chargeable utilization",
    "gap_to_target": "Chargeable utilization - target",
    "billable_utilization": "Billable utilization",
    "total_utilization": "Total utilization",
    "team_member_name": "Name",
}
sort_by, direction = st.columns(2)
order = sort_by.selectbox("Sort by", list(UTILIZATION_ORDERS), format_func=labels.get, key="util_order")
descending = direction.radio("Order", ["lowest first", "highest first"], horizontal=True,
                             key="util_direction") == "highest first"
page = st.session_state.get("util_people_page", 1)
people = load("utilization_members", start, end, filters, order, descending, page)
if people.empty:
    st.info("No team member matches these filters.")
else:
    page_picker("People", int(people["member_count"].iloc[0]), "util_people_page")
    show_table(people, {
        "team_member_name": ("Member", "text"),
        "team": ("Team", "text"),
        "role_name": ("Role", "text"),
        "capacity_to_date_hours": ("Capacity to date", "hours"),
        "chargeable_hours": ("Chargeable hours", "hours"),
        "chargeable_utilization": ("Chargeable", "percent"),
        "target_chargeable_utilization": ("Target", "percent"),
        "gap_to_target": ("Chargeable - target (points)", "percent"),
        "billable_utilization": ("Billable", "percent"),
        "total_utilization": ("Total", "percent"),
    })
    st.caption("Each person's sums over the months chosen, then divided. A member without a known role "
               "has no target.")

teams = ratios(rows.copy())
st.subheader("By team and month")
show_table(teams, {
    "month_start": ("Month", "month"),
    "team": ("Team", "text"),
    "capacity_hours": ("Capacity", "hours"),
    "capacity_to_date_hours": ("Capacity to date", "hours"),
    "chargeable_hours": ("Chargeable hours", "hours"),
    "chargeable_utilization": ("Chargeable", "percent"),
    "target_utilization": ("Target", "percent"),
    "billable_utilization": ("Billable", "percent"),
    "total_utilization": ("Total", "percent"),
})
