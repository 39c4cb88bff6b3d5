"""Revenue and cost by month: billable work and support contracts apart,
actual up to the as-of day, weighted forecast after it."""

import plotly.express as px
import streamlit as st

from headroom.dashboard.common import load, month_range, share, show_table, type_filter

st.title("Revenue and cost forecast")
types = type_filter()
start, end = month_range(back=6, ahead=12, key="forecast_months")
rows = load("project_marts.forecast_by_month", start, end, types)
if rows.empty:
    st.info("No revenue or cost for these filters and months.")
    st.stop()

hours = rows["actual_hours"].sum() + rows["forecast_hours"].sum()
tiles = st.columns(3)
tiles[0].metric("Actual revenue, USD", f"{rows['actual_revenue_usd'].sum():,.2f}")
tiles[1].metric("Weighted forecast revenue, USD", f"{rows['weighted_forecast_revenue_usd'].sum():,.2f}")
tiles[2].metric("Actual cost, USD", f"{rows['actual_cost_usd'].sum():,.2f}")
tiles = st.columns(3)
tiles[0].metric("Unpriced share of hours", share(rows["unpriced_hours"].sum(), hours))
tiles[1].metric("Uncosted share of hours", share(rows["uncosted_hours"].sum(), hours))

long = rows.melt(id_vars=["month_start", "project_type_name"],
                 value_vars=["actual_revenue_usd", "weighted_forecast_revenue_usd"],
                 var_name="figure", value_name="usd")
long["usd"] = long["usd"].astype(float)
long["figure"] = long["figure"].map({"actual_revenue_usd": "Actual revenue",
                                     "weighted_forecast_revenue_usd": "Weighted forecast revenue"})
st.plotly_chart(
    px.bar(long, x="month_start", y="usd", color="figure", facet_row="project_type_name", barmode="stack",
           labels={"month_start": "Month", "usd": "USD", "project_type_name": "Type", "figure": "Figure"}),
    use_container_width=True,
)
st.caption("Billable projects earn hours x rate; support contracts earn their monthly fee; "
           "the weighted forecast is the forecast x the probability of the project's status. "
           "Hours with no known rate (unpriced) or cost rate (uncosted) count as hours, "
           "and their money is left out of the sums, never counted as zero.")
rows["unpriced_share"] = [
    (u / (a + f)) if (a + f) else None
    for u, a, f in zip(rows["unpriced_hours"], rows["actual_hours"], rows["forecast_hours"])]
st.subheader("By month and project type")
show_table(rows, {
    "month_start": ("Month", "month"),
    "project_type_name": ("Project type", "text"),
    "actual_revenue_usd": ("Actual revenue", "usd"),
    "actual_cost_usd": ("Actual cost", "usd"),
    "forecast_revenue_usd": ("Forecast revenue", "usd"),
    "weighted_forecast_revenue_usd": ("Weighted forecast revenue", "usd"),
    "weighted_forecast_cost_usd": ("Weighted forecast cost", "usd"),
    "unpriced_hours": ("Unpriced hours", "hours"),
    "unpriced_share": ("Unpriced share of hours", "percent"),
})
