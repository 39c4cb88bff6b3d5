"""Revenue and cost: where the year lands (actual to the as-of day plus
the weighted forecast after it), the last closed month, month by month
(billable work, support contracts and fixed-price work apart), and the
Fixed Fee contracts: what they recognized, what is left, which lose money. A figure that does not
apply (a forecast for a past month, an actual for a month to come) is
blank, never $0.00; the forecast's horizon is said, not drawn as a fall."""

import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, month_range, share, show_table, type_filter
from headroom.dashboard.marts import add_months

st.title("Revenue and cost forecast")
types = type_filter()
anchor = load("first_forecast_month")  # the first month wholly after the as-of day
if anchor is None:
    st.info("The marts hold no month yet.")
    st.stop()
as_of_month = add_months(anchor, -1)
horizon = add_months(as_of_month, 12)  # the forecast's last month (the contract: the as-of month + 12)


def money(value) -> str:
    return f"${float(value):,.0f}"


# -- Where the year lands --------------------------------------------------
year = as_of_month.year
landing = load("project_marts.year_landing", year, types)
st.subheader(f"Where {year} lands")
if landing.empty:
    st.info(f"No revenue or cost in {year} for these filters.")
else:
    for column in ("actual_revenue_usd", "weighted_forecast_revenue_usd", "actual_cost_usd",
                   "weighted_forecast_cost_usd"):
        landing[column] = landing[column].astype(float)
    landing["revenue_usd"] = landing["actual_revenue_usd"] + landing["weighted_forecast_revenue_usd"]
    landing["cost_usd"] = landing["actual_cost_usd"] + landing["weighted_forecast_cost_usd"]
    landing["margin_usd"] = landing["revenue_usd"] - landing["cost_usd"]
    landing["margin_share"] = [m / r if r else None for m, r in zip(landing["margin_usd"], landing["revenue_usd"])]
    total = landing[["actual_revenue_usd", "weighted_forecast_revenue_usd", "revenue_usd", "cost_usd",
                     "margin_usd"]].sum()
    tiles = st.columns(4)
    tiles[0].metric(f"{year} revenue", money(total["revenue_usd"]),
                    help="Actual to the as-of day plus the weighted forecast after it.")
    tiles[1].metric("of which actual to date", money(total["actual_revenue_usd"]))
    tiles[2].metric(f"{year} cost", money(total["cost_usd"]))
    tiles[3].metric(f"{year} margin ({share(total['margin_usd'], total['revenue_usd'])} of revenue)",
                    money(total["margin_usd"]))
    unknown = landing["unpriced_hours"].astype(float).sum()
    unstaffed = landing["unstaffed_weighted_forecast_revenue_usd"].astype(float).sum()
    st.caption(f"Actual up to the as-of day (in {as_of_month:%B %Y}), then the weighted forecast to the end of "
               f"{year}. {unknown:,.1f} hours have no known rate: their revenue is left out, never counted as $0. "
               "Internal projects earn nothing by rule: their revenue is blank, their cost counts. "
               f"{money(unstaffed)} of the weighted forecast revenue "
               f"({share(unstaffed, total['weighted_forecast_revenue_usd'])}) rests on placeholders: work planned "
               "on roles still to staff or hire (Hiring and staffing).")
    by_type = landing.groupby(["project_type_name", "revenue_treatment"], as_index=False)[
        ["actual_revenue_usd", "weighted_forecast_revenue_usd", "revenue_usd", "cost_usd", "margin_usd"]].sum()
    # revenue does not apply to work without revenue (Internal): blank, not $0.00
    no_revenue = by_type["revenue_treatment"] == "none"
    by_type.loc[no_revenue, ["actual_revenue_usd", "weighted_forecast_revenue_usd", "revenue_usd"]] = None
    show_table(by_type, {
        "project_type_name": ("Type", "text"), "actual_revenue_usd": ("Actual revenue", "usd"),
        "weighted_forecast_revenue_usd": ("Weighted forecast revenue", "usd"),
        "revenue_usd": ("Lands at (revenue)", "usd"), "cost_usd": ("Cost", "usd"), "margin_usd": ("Margin", "usd"),
    })
    with st.expander(f"By client ({landing['client_name'].nunique():,} clients, largest revenue first)"):
        clients = landing.groupby("client_name", as_index=False)[["revenue_usd", "cost_usd", "margin_usd"]].sum()
        show_table(clients.sort_values("revenue_usd", ascending=False), {
            "client_name": ("Client", "text"), "revenue_usd": ("Lands at (revenue)", "usd"),
            "cost_usd": ("Cost", "usd"), "margin_usd": ("Margin", "usd"),
        })

# -- Month by month -------------------------------------------------------
start, end = month_range(back=6, ahead=12, key="forecast_months")
rows = load("project_marts.forecast_by_month", start, end, types)
if rows.empty:
    st.info("No revenue or cost for these filters and months.")
    st.stop()
closed = add_months(as_of_month, -1)
month_close = rows[rows["month_start"] == closed]
st.subheader(f"Month close: {closed:%B %Y}")
if month_close.empty:
    st.info(f"{closed:%B %Y} is outside the months chosen in the sidebar.")
else:
    revenue, cost = month_close["actual_revenue_usd"].sum(), month_close["actual_cost_usd"].sum()
    tiles = st.columns(4)
    tiles[0].metric("Revenue", money(revenue))
    tiles[1].metric("Cost", money(cost))
    tiles[2].metric(f"Margin ({share(revenue - cost, revenue)} of revenue)", money(revenue - cost))
    tiles[3].metric("Hours worked", f"{float(month_close['actual_hours'].sum()):,.1f}")

st.subheader("Month by month")
for column in ("actual_revenue_usd", "actual_cost_usd", "forecast_revenue_usd", "weighted_forecast_revenue_usd",
               "weighted_forecast_cost_usd", "unstaffed_weighted_forecast_revenue_usd"):
    rows[column] = rows[column].astype(float)
past = rows["month_start"] < as_of_month
future = rows["month_start"] > as_of_month
# a figure that does not apply is blank: no forecast for a past month, no actual for a month to come
for column in ("forecast_revenue_usd", "weighted_forecast_revenue_usd", "weighted_forecast_cost_usd",
               "unstaffed_weighted_forecast_revenue_usd"):
    rows.loc[past, column] = None
for column in ("actual_revenue_usd", "actual_cost_usd"):
    rows.loc[future, column] = None
# no revenue applies to work without revenue (Internal): blank, not $0.00
rows.loc[rows["revenue_treatment"] == "none",
         ["actual_revenue_usd", "forecast_revenue_usd", "weighted_forecast_revenue_usd",
          "unstaffed_weighted_forecast_revenue_usd"]] = None
monthly = rows.groupby("month_start", as_index=False)[
    ["actual_revenue_usd", "weighted_forecast_revenue_usd", "actual_cost_usd", "weighted_forecast_cost_usd"]
].sum(min_count=1)
chart = go.Figure()
chart.add_bar(x=monthly["month_start"], y=monthly["actual_revenue_usd"], name="actual revenue")
chart.add_bar(x=monthly["month_start"], y=monthly["weighted_forecast_revenue_usd"], name="weighted forecast revenue")
chart.add_scatter(x=monthly["month_start"],
                  y=monthly["actual_cost_usd"].fillna(0) + monthly["weighted_forecast_cost_usd"].fillna(0),
                  name="cost (actual, then weighted forecast)", mode="lines+markers")
chart.update_layout(barmode="stack", xaxis_title="Month", yaxis_title="USD", yaxis_tickformat="$,.0f")
st.plotly_chart(chart, use_container_width=True)
st.caption(f"The forecast runs to {horizon:%B %Y} (the as-of month and the 12 after it); months after it "
           "have no forecast yet, which is not a fall in revenue. Billable projects earn hours x rate; support "
           "contracts earn their monthly fee; Fixed Fee projects earn their price as the hours are worked "
           "(percentage of completion), closed months locked; the weighted forecast is the forecast x the probability of the "
           "project's status. Hours with no known rate (unpriced) or cost rate (uncosted) count as hours, and "
           "their money is left out of the sums, never counted as zero.")
hours = rows["actual_hours"].astype(float) + rows["forecast_hours"].astype(float)
rows["unpriced_share"] = [u / h if h else None for u, h in zip(rows["unpriced_hours"].astype(float), hours)]
show_table(rows, {
    "month_start": ("Month", "month"),
    "project_type_name": ("Project type", "text"),
    "actual_revenue_usd": ("Actual revenue", "usd"),
    "actual_cost_usd": ("Actual cost", "usd"),
    "forecast_revenue_usd": ("Forecast revenue", "usd"),
    "weighted_forecast_revenue_usd": ("Weighted forecast revenue", "usd"),
    "weighted_forecast_cost_usd": ("Weighted forecast cost", "usd"),
    "unstaffed_weighted_forecast_revenue_usd": ("Of it on placeholders", "usd"),
    "unpriced_hours": ("Unpriced hours", "hours"),
    "unpriced_share": ("Unpriced share of hours", "percent"),
})

# -- Fixed Fee contracts -----------------------------------------------------
st.subheader("Fixed Fee contracts")
contracts = load("project_marts.fixed_fee_totals").iloc[0]
if not contracts["contracts"]:
    st.info("No open Fixed Fee contract.")
    st.stop()
tiles = st.columns(4)
tiles[0].metric("Recognized to date", money(contracts["recognized_to_date_usd"]),
                help="Revenue of the open contracts recognized up to the as-of day; closed months as locked.")
tiles[1].metric("Fee not yet recognized", money(contracts["unrecognized_fee_usd"]))
tiles[2].metric(f"Loss-making ({contracts['loss_making']:,} of {contracts['contracts']:,})",
                money(contracts["expected_loss_usd"]),
                help="Contracts whose cost at completion passes their revenue at completion, and the loss expected.")
tiles[3].metric(f"Catch-up in {as_of_month:%B}", money(contracts["estimate_change_usd"]),
                help="What re-estimates moved into this month: the closed months stay as locked.")
st.caption(f"Open contracts ({contracts['contracts']:,}): revenue is the fee x hours worked / hours at completion "
           "(worked plus the kept plan). A closed month is locked once reported; a later change of the estimate "
           f"lands in the as-of month (the catch-up). {contracts['fee_unknown']:,} contracts have no price in the "
           f"app: their revenue is unknown, not $0. {contracts['loss_unknown']:,} loss-making contracts have hours "
           "without a cost rate: their loss is not known exactly and is left out of the total.")
show_table(load("project_marts.fixed_fee_contracts", 1), {
    "project_code": ("Code", "text"), "project_name": ("Project", "text"), "client_name": ("Client", "text"),
    "project_status_name": ("Status", "text"), "fixed_fee_usd": ("Fee", "usd"),
    "percent_complete": ("Complete", "percent"), "recognized_to_date_usd": ("Recognized", "usd"),
    "estimate_change_usd": ("Catch-up this month", "usd"), "unrecognized_fee_usd": ("Not yet recognized", "usd"),
    "cost_at_completion_usd": ("Cost at completion", "usd"), "expected_margin_usd": ("Margin at completion", "usd"),
    "expected_loss_usd": ("Expected loss", "usd"), "margin_erosion_usd": ("Margin lost to overrun", "usd"),
})
