"""Budget burn: which projects will run over their budget if the plan
holds, by how much, and from which week (fct_project_budget_burn). Open
projects by default (a status filter): a delivery lead acts on work that
remains. The tiles are summed by the warehouse; the listings are read a
page at a time, so the page costs the same whatever the size of the
firm."""

import plotly.graph_objects as go
import streamlit as st

from headroom.dashboard.common import load, page_picker, show_table, type_filter



def burn_up_chart(codes: list[str]) -> None:
    """One project's burn-up: the running total of hours worked up to the
    as-of month, then worked and planned to the end of the plan, against
    the budget line."""
    if not codes:
        return
    code = st.selectbox("Burn-up of a project on this page", codes, key="burn_up_project")
    months = load("project_marts.burn_up", code)
    if months.empty:
        st.info(f"{code} has no month worked or planned yet.")
        return
    months["worked_to_date"] = months["actual_hours"].astype(float).cumsum()
    planned = months.index[months["planned_hours"].astype(float) > 0]
    # the month the plan takes over from the hours worked (the as-of month)
    turn = planned[0] if len(planned) else months.index[-1]
    chart = go.Figure()
    worked, ahead = months.iloc[:turn + 1], months.iloc[turn:]
    chart.add_scatter(x=worked["month_start"], y=worked["worked_to_date"].tolist(),
                      name="worked (running total)", mode="lines+markers")
    if len(planned):
        chart.add_scatter(x=ahead["month_start"], y=ahead["cumulative_hours"].astype(float).tolist(),
                          name="worked + planned", mode="lines+markers", line={"dash": "dot"})
    chart.add_scatter(x=months["month_start"], y=months["budget_hours"].astype(float).tolist(), name="budget",
                      mode="lines", line={"color": "firebrick", "dash": "dash"})
    # months on the axis, hours from zero: a burn-up is read against both
    chart.update_layout(xaxis_title="Month", xaxis_tickformat="%b %Y", xaxis_dtick="M1",
                        yaxis_title="Hours", yaxis_tickformat=",.0f", yaxis_rangemode="tozero",
                        title=f"{code}: hours against the budget", legend={"orientation": "h"})
    st.plotly_chart(chart, use_container_width=True)


st.title("Budget burn")
types = type_filter()
known = load("project_marts.project_statuses")
with st.sidebar:
    statuses = tuple(st.multiselect(
        "Status (now)", list(known["project_status_name"]),
        default=list(known[known["is_open"]]["project_status_name"]), key="budget_statuses",
        help="Open projects by default: where work remains. Add Completed or Cancelled to see the history."))
totals = load("project_marts.budget_totals", types, statuses).iloc[0]
budgeted_count = int(totals["projects_budgeted"])
unbudgeted_count = int(totals["projects_unbudgeted"])
if budgeted_count + unbudgeted_count == 0:
    st.info("No live project matches these filters.")
    st.stop()

tiles = st.columns(4)
tiles[0].metric("Projects projected over budget", f"{int(totals['projects_over']):,} of {budgeted_count:,}")
tiles[1].metric("Projected overrun, hours", f"{totals['projected_overrun_hours']:,.1f}")
tiles[2].metric("Revenue at risk, USD", f"{totals['revenue_at_risk_usd']:,.2f}")
tiles[3].metric("Projects without a budget", f"{unbudgeted_count:,}")
shown_statuses = ", ".join(statuses) if statuses else "none"
st.caption(f"Projects whose current status is: {shown_statuses}. Hours worked to the as-of day and planned "
           "after it (time off and dead projects taken out) against each project's budget. The overrun's "
           "money is at the project's own rates, month by month; revenue at risk counts open Billable "
           "projects only, where work remains (a closed project's overrun is history); a Fixed Fee project's "
           "price is fixed, so its overrun puts no revenue at risk and costs margin instead (Margin lost). Hours without a "
           "known rate are counted (Unpriced: overrun hours without a rate), never priced at zero. "
           "Burn at end and Overrun at end: if the plan holds to the project's last planned day.")

if budgeted_count == 0:
    st.info("No project with a budget matches these filters.")
else:
    st.subheader("Projects with a budget, by projected overrun")
    page = page_picker("Projects with a budget", budgeted_count, "budgeted_page")
    budgeted = load("project_marts.budget_burn", types, True, page, statuses)
    budgeted["budget_runs_out"] = [
        "" if week is None else f"{week:%d %b %Y}" + (" (past)" if done else "")
        for week, done in zip(budgeted["budget_exhausted_week"], budgeted["is_budget_exhausted"])]
    # the week the budget runs out next to the project, where it cannot be
    # scrolled out of sight (the code names the client already)
    show_table(budgeted, {
        "project_code": ("Project", "text"),
        "project_status_name": ("Status", "text"),
        "budget_runs_out": ("Runs out (week)", "text"),
        "budget_hours": ("Budget", "hours"),
        "worked_hours": ("Worked", "hours"),
        "planned_hours": ("Planned", "hours"),
        "burn_to_date_ratio": ("Burnt", "percent"),
        "projected_burn_ratio": ("Burn at end", "percent"),
        "projected_overrun_hours": ("Overrun at end", "hours"),
        "revenue_at_risk_usd": ("Revenue at risk", "usd"),
        "margin_erosion_usd": ("Margin lost (Fixed Fee)", "usd"),
        "overrun_unpriced_hours": ("Unpriced", "hours"),
    })
    burn_up_chart(list(budgeted["project_code"]))

if unbudgeted_count:
    st.subheader("Projects without a budget")
    page = page_picker("Projects without a budget", unbudgeted_count, "unbudgeted_page")
    unbudgeted = load("project_marts.budget_burn", types, False, page, statuses)
    show_table(unbudgeted, {
        "project_code": ("Project", "text"),
        "project_name": ("Name", "text"),
        "project_type_name": ("Type", "text"),
        "project_status_name": ("Status", "text"),
        "worked_hours": ("Worked", "hours"),
        "planned_hours": ("Planned", "hours"),
    })
