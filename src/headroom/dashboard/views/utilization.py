"""Utilization against target, by month."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, month_range, people_filters, ratio

st.title("Billable utilization against target")
filters = people_filters()
start, end = month_range(back=12, ahead=3, key="util_months")
rows = load("utilization_by_month", start, end, filters)
if rows.empty:
    st.info("No utilization for these filters and months.")
    st.stop()

months = rows.groupby("month_start", as_index=False).agg(
    capacity_hours=("capacity_hours", "sum"), billable_hours=("billable_hours", "sum"),
    actual_hours=("actual_hours", "sum"), planned_billable_hours=("planned_billable_hours", "sum"),
    target_billable_hours=("target_billable_hours", "sum"), is_forecast_month=("is_forecast_month", "any"),
)
months["billable_utilization"] = [
    ratio(b if not f else p, c) for b, p, c, f in zip(
        months["billable_hours"], months["planned_billable_hours"], months["capacity_hours"],
        months["is_forecast_month"])
]
months["target_utilization"] = [ratio(t, c) for t, c in zip(months["target_billable_hours"], months["capacity_hours"])]
chart = go.Figure()
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["billable_utilization"]), name="billable (planned after the as-of day)")
chart.add_scatter(x=months["month_start"], y=pd.to_numeric(months["target_utilization"]), name="target", line={"dash": "dash"})
chart.update_layout(yaxis_tickformat=".0%", xaxis_title="Month", yaxis_title="Share of capacity")
st.plotly_chart(chart, use_container_width=True)
st.caption("Ratios of sums: billable hours / capacity hours over the month (planned billable hours for months after the as-of day).")

teams = rows.copy()
teams["billable_utilization"] = [ratio(b, c) for b, c in zip(teams["billable_hours"], teams["capacity_hours"])]
teams["target_utilization"] = [ratio(t, c) for t, c in zip(teams["target_billable_hours"], teams["capacity_hours"])]
st.subheader("By team and month")
st.dataframe(teams, hide_index=True, use_container_width=True,
             column_config={"billable_utilization": st.column_config.NumberColumn(format="percent"),
                            "target_utilization": st.column_config.NumberColumn(format="percent")})
