"""Revenue and cost by month: billable work and support contracts apart,
actual up to the as-of day, weighted forecast after it."""

import plotly.express as px
import streamlit as st

from headroom.dashboard.common import load, month_range, type_filter

st.title("Revenue and cost forecast")
types = type_filter()
start, end = month_range(back=6, ahead=12, key="forecast_months")
rows = load("forecast_by_month", start, end, types)
if rows.empty:
    st.info("No revenue or cost for these filters and months.")
    st.stop()

money = ["actual_revenue_usd", "actual_cost_usd", "forecast_revenue_usd",
         "weighted_forecast_revenue_usd", "weighted_forecast_cost_usd"]
left, middle, right = st.columns(3)
left.metric("Actual revenue, USD", f"{rows['actual_revenue_usd'].sum():,.2f}")
middle.metric("Weighted forecast revenue, USD", f"{rows['weighted_forecast_revenue_usd'].sum():,.2f}")
right.metric("Actual cost, USD", f"{rows['actual_cost_usd'].sum():,.2f}")

long = rows.melt(id_vars=["month_start", "project_type_name"],
                 value_vars=["actual_revenue_usd", "weighted_forecast_revenue_usd"],
                 var_name="figure", value_name="usd")
long["usd"] = long["usd"].astype(float)
st.plotly_chart(
    px.bar(long, x="month_start", y="usd", color="figure", facet_row="project_type_name", barmode="stack",
           labels={"month_start": "Month", "usd": "USD", "project_type_name": "Type"}),
    use_container_width=True,
)
st.caption("Billable projects earn hours x rate; support contracts earn their monthly fee; "
           "the weighted forecast is the forecast x the probability of the project's status.")
st.subheader("By month and project type (USD, to the cent)")
st.dataframe(rows, hide_index=True, use_container_width=True,
             column_config={c: st.column_config.NumberColumn(format="%.2f") for c in money})
