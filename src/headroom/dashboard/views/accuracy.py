"""How good the revenue forecast was: the weighted forecast known 1, 2 or 3
months ahead against the revenue that happened (fct_forecast_accuracy_monthly)."""

import streamlit as st

from headroom.dashboard.common import load, share, show_table, type_filter
from headroom.dashboard.marts import add_months

st.title("Forecast accuracy")
types = type_filter()
with st.sidebar:
    lead = st.radio("Forecast made this many months ahead", [1, 2, 3], index=0, horizontal=True, key="lead")
rows = load("project_marts.forecast_accuracy", lead, types)
if rows.empty:
    first = load("health.first_build_day")
    if first is None:
        st.info("No build is on record yet: the forecast history starts with the first one.")
    else:
        judged = add_months(first.replace(day=1), lead)
        st.info(f"No figure yet for forecasts made {lead} month(s) ahead. The forecast history starts with the "
                f"first build on record (as of {first:%d %b %Y}); its forecast for {judged:%B %Y} is judged once "
                f"that month is over: the first figure appears on {add_months(judged, 1):%d %B %Y}. Every daily "
                "build records the forecast it makes.")
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
