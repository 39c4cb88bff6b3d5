"""How good the revenue forecast was: the weighted forecast known 1, 2 or 3
months ahead against the revenue that happened (fct_forecast_accuracy_monthly)."""

import streamlit as st

from headroom.dashboard.common import load, share, show_table, type_filter

st.title("Forecast accuracy")
types = type_filter()
with st.sidebar:
    lead = st.radio("Forecast made this many months ahead", [1, 2, 3], index=0, horizontal=True, key="lead")
rows = load("project_marts.forecast_accuracy", lead, types)
if rows.empty:
    st.info("No closed month has a forecast on record from that far ahead yet: every daily build records "
            "the forecast it makes, and a month is judged once it is over.")
else:
    forecast, actual = rows["forecast_usd"].sum(), rows["actual_usd"].sum()
    tiles = st.columns(4)
    tiles[0].metric("Forecast, USD", f"{forecast:,.2f}")
    tiles[1].metric("Actual, USD", f"{actual:,.2f}")
    tiles[2].metric("Bias", share(forecast - actual, actual))
    tiles[3].metric("Absolute percentage error", share(rows["absolute_error_usd"].sum(), actual))
st.caption(f"The weighted forecast known at the end of the month {lead} month(s) before each month, against "
           "the revenue it earned, summed over projects. Bias above 0: the forecast was too high. The "
           "absolute percentage error adds each project's miss, so misses in both directions do not cancel.")
show_table(rows, {
    "month_start": ("Month", "month"),
    "projects": ("Projects", "count"),
    "forecast_usd": ("Forecast", "usd"),
    "actual_usd": ("Actual", "usd"),
    "bias_ratio": ("Bias", "percent"),
    "absolute_percentage_error": ("Absolute % error", "percent"),
})
