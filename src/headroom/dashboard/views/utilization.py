"""Utilization against target, by month."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, month_range, people_filters, ratio, share, show_table

st.title("Billable utilization against target")
filters = people_filters()
start, end = month_range(back=12, ahead=3, key="util_months")
rows = load("utilization_by_month", start, end, filters)
if rows.empty:
    st.info("No utilization for these filters and months.")
    st.stop()
flagged = load("flagged_actuals", start, end, filters)

sums = ["capacity_hours", "capacity_to_date_hours", "billable_hours", "actual_hours",
        "planned_billable_hours_after_as_of", "target_billable_hours"]
months = rows.groupby("month_start", as_index=False)[sums].sum()


def ratios(frame):
    """The marts' ratios of sums: worked hours over the capacity to date,
    the expected utilization over the whole capacity, the target."""
    frame["billable_utilization"] = [
        ratio(b, c) for b, c in zip(frame["billable_hours"], frame["capacity_to_date_hours"])]
    frame["expected_billable_utilization"] = [
        ratio(b + p, c) for b, p, c in zip(
            frame["billable_hours"], frame["planned_billable_hours_after_as_of"], frame["capacity_hours"])]
    frame["target_utilization"] = [
        ratio(t, c) for t, c in zip(frame["target_billable_hours"], frame["capacity_hours"])]
    return frame


months = ratios(months)
total = rows[sums].sum()
tiles = st.columns(3)
tiles[0].metric("Billable utilization to date", share(total["billable_hours"], total["capacity_to_date_hours"]))
tiles[1].metric("Expected billable utilization", share(
    total["billable_hours"] + total["planned_billable_hours_after_as_of"], total["capacity_hours"]))
tiles[2].metric("Actual hours on flagged rows", share(
    flagged["flagged_hours"].sum(), flagged["actual_hours"].sum()) if not flagged.empty else "–")

chart = go.Figure()
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["billable_utilization"]),
                  name="billable to date")
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["expected_billable_utilization"]),
                  name="expected (actual + plan)", line={"dash": "dot"})
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["target_utilization"]),
                  name="target", line={"dash": "dash"})
chart.update_layout(yaxis_tickformat=".0%", xaxis_title="Month", yaxis_title="Share of capacity")
st.plotly_chart(chart, use_container_width=True)
st.caption(
    "Ratios of sums. Billable utilization to date = billable hours / capacity up to the as-of day "
    "(none yet for months after it). Expected = (billable hours to date + billable plan after the "
    "as-of day) / the month's whole capacity: where the month ends if the plan holds. "
    "Flagged rows carry a quality flag (unpriced, uncosted, backfilled, edited after the week "
    "closed, on time off or on a day off): see fct_actuals."
)

teams = ratios(rows.copy())
st.subheader("By team and month")
show_table(teams, {
    "month_start": ("Month", "month"),
    "team": ("Team", "text"),
    "capacity_hours": ("Capacity", "hours"),
    "capacity_to_date_hours": ("Capacity to date", "hours"),
    "billable_hours": ("Billable hours", "hours"),
    "billable_utilization": ("Billable utilization to date", "percent"),
    "expected_billable_utilization": ("Expected billable utilization", "percent"),
    "target_utilization": ("Target", "percent"),
})
