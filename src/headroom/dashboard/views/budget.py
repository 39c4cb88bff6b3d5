"""Budget burn: which projects will run over their budget if the plan
holds, by how much, and from which week (fct_project_budget_burn)."""

import streamlit as st

from headroom.dashboard.common import load, show_table, type_filter

st.title("Budget burn")
types = type_filter()
rows = load("budget_burn", types)
if rows.empty:
    st.info("No live project matches these filters.")
    st.stop()

budgeted = rows[rows["has_budget"]].copy()
over = budgeted[budgeted["projected_overrun_hours"] > 0]
tiles = st.columns(4)
tiles[0].metric("Projects projected over budget", f"{len(over):,} of {len(budgeted):,}")
tiles[1].metric("Projected overrun, hours", f"{budgeted['projected_overrun_hours'].sum():,.2f}")
tiles[2].metric("Revenue at risk, USD", f"{budgeted['revenue_at_risk_usd'].sum():,.2f}")
tiles[3].metric("Projects without a budget", f"{(~rows['has_budget']).sum():,}")
st.caption("Hours worked to the as-of day and planned after it (time off and dead projects taken out) "
           "against each project's budget. The overrun's money is at the project's own rates, month by "
           "month; revenue at risk counts Billable projects only. Hours without a known rate are counted "
           "(unpriced overrun hours), never priced at zero.")

if budgeted.empty:
    st.info("No project with a budget matches these filters.")
else:
    st.subheader("Projects with a budget, by projected overrun")
    budgeted["budget_runs_out"] = [
        "" if week is None else f"week of {week:%d %b %Y}" + (" (already)" if done else "")
        for week, done in zip(budgeted["budget_exhausted_week"], budgeted["is_budget_exhausted"])]
    show_table(budgeted, {
        "project_code": ("Project", "text"),
        "client_name": ("Client", "text"),
        "project_status_name": ("Status", "text"),
        "budget_hours": ("Budget", "hours"),
        "worked_hours": ("Worked", "hours"),
        "planned_hours": ("Planned", "hours"),
        "burn_to_date_ratio": ("Burnt so far", "percent"),
        "projected_burn_ratio": ("Projected burn", "percent"),
        "projected_overrun_hours": ("Projected overrun", "hours"),
        "revenue_at_risk_usd": ("Revenue at risk", "usd"),
        "overrun_unpriced_hours": ("Unpriced overrun", "hours"),
        "budget_runs_out": ("Budget runs out", "text"),
    })

unbudgeted = rows[~rows["has_budget"]]
if not unbudgeted.empty:
    st.subheader("Projects without a budget")
    show_table(unbudgeted, {
        "project_code": ("Project", "text"),
        "project_name": ("Name", "text"),
        "project_type_name": ("Type", "text"),
        "project_status_name": ("Status", "text"),
        "worked_hours": ("Worked", "hours"),
        "planned_hours": ("Planned", "hours"),
    })
