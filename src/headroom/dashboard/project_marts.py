"""The dashboard's queries on projects and money: the project types and
statuses of the sidebar, the forecast, the pipeline, the budget burn and
the forecast's accuracy. The same rules as marts.py: each filtered by
period or listing order on an indexed column, aggregated in PostgreSQL,
run as the dashboard role."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from headroom.dashboard.marts import ONE_PAGE, page_window, query


def project_statuses(run=query) -> pd.DataFrame:
    """The current statuses any project has, in workflow order, and whether
    work remains in each (is_open, seed project_statuses): the budget
    page's status filter shows the open ones by default."""
    return run(
        """
        select project_status_name, bool_or(is_open) as is_open
        from marts.fct_project_portfolio
        group by project_status_name
        order by min(workflow_order), project_status_name
        """
    )


def project_types(run=query) -> list[str]:
    """The types of dim_projects' projects, from the portfolio's few rows."""
    return list(run("select distinct project_type_name from marts.fct_project_portfolio order by 1")["project_type_name"])


def forecast_by_month(start: dt.date, end: dt.date, types: tuple[str, ...], run=query) -> pd.DataFrame:
    """Per month and project type: actual and weighted forecast money."""
    type_filter = _type_filter("f", types)
    return run(
        f"""
        select f.month_start, f.project_type_name, f.revenue_treatment, f.is_future_month,
               f.actual_revenue_usd, f.actual_cost_usd, f.forecast_revenue_usd,
               f.weighted_forecast_revenue_usd, f.weighted_forecast_cost_usd,
               f.unstaffed_weighted_forecast_revenue_usd,
               f.actual_hours, f.forecast_hours, f.unpriced_hours, f.uncosted_hours
        from marts.fct_revenue_forecast_by_type_monthly f
        where f.month_start between %(start)s and %(end)s {type_filter}
        order by f.month_start, f.project_type_name
        """,
        {"start": start, "end": end, "types": list(types)},
    )


def year_landing(year: int, types: tuple[str, ...], run=query) -> pd.DataFrame:
    """Where `year` lands, by project type and client: revenue and cost
    actual to the as-of day plus the weighted forecast after it, summed
    over the year's months of the client rollup (decision 48), with the
    hours whose money is unknown."""
    type_filter = _type_filter("c", types)
    return run(
        f"""
        select c.project_type_name, c.revenue_treatment, c.client_name,
               sum(c.actual_revenue_usd) as actual_revenue_usd,
               sum(c.weighted_forecast_revenue_usd) as weighted_forecast_revenue_usd,
               sum(c.actual_cost_usd) as actual_cost_usd,
               sum(c.weighted_forecast_cost_usd) as weighted_forecast_cost_usd,
               sum(c.unstaffed_weighted_forecast_revenue_usd) as unstaffed_weighted_forecast_revenue_usd,
               sum(c.unstaffed_weighted_forecast_cost_usd) as unstaffed_weighted_forecast_cost_usd,
               sum(c.actual_hours) + sum(c.forecast_hours) as hours,
               sum(c.unpriced_hours) as unpriced_hours,
               sum(c.uncosted_hours) as uncosted_hours
        from marts.fct_revenue_forecast_by_client_monthly c
        where c.month_start >= make_date(%(year)s, 1, 1) and c.month_start < make_date(%(year)s + 1, 1, 1)
          {type_filter}
        group by 1, 2, 3
        order by 1, 2, 3
        """,
        {"year": year, "types": list(types)},
    )


def pipeline(types: tuple[str, ...], run=query) -> pd.DataFrame:
    """Live projects by current status: how many, and how long they have
    been in it, from fct_project_portfolio's rows per type and status."""
    type_filter = _type_filter("p", types)
    return run(
        f"""
        select p.project_status_name, p.workflow_order,
               cast(sum(p.status_project_count) as bigint) as projects,
               round(sum(p.days_in_current_status) / nullif(sum(p.known_status_project_count), 0), 1)
                   as avg_days_in_current_status,
               cast(sum(p.status_project_count) - sum(p.known_status_project_count) as bigint) as unknown_start,
               bool_or(p.is_open) as is_open,
               sum(p.forecast_revenue_usd) as forecast_revenue_usd,
               sum(p.weighted_forecast_revenue_usd) as weighted_forecast_revenue_usd
        from marts.fct_project_portfolio p
        where true {type_filter}
        group by p.project_status_name, p.workflow_order
        having sum(p.status_project_count) > 0
        order by p.workflow_order, p.project_status_name
        """,
        {"types": list(types)},
    )


def projects_in_status(status: str, types: tuple[str, ...], page: int, run=query) -> pd.DataFrame:
    """One page (PAGE_SIZE) of the live projects now in `status`, largest
    forecast first: the projects behind a bar of the pipeline, with their
    value ahead, unweighted and weighted, their days in the status, and
    when it began (valid_from; when is_start_known is false, somewhere
    between created_at and valid_from)."""
    type_filter = _type_filter("p", types)
    return run(
        f"""
        with chosen as (
            select p.project_id, p.project_code, p.project_name, p.client_name, p.project_type_name,
                   h.days_in_status, h.is_start_known, h.valid_from, p.created_at
            from marts.dim_projects p
            join marts.fct_project_status_history h on h.project_id = p.project_id and h.is_current
            where not p.is_deleted and p.project_status_name = %(status)s {type_filter}
        ),
        valued as (
            select chosen.*, coalesce(sum(f.forecast_revenue_usd), 0) as forecast_revenue_usd,
                   coalesce(sum(f.weighted_forecast_revenue_usd), 0) as weighted_forecast_revenue_usd
            from chosen
            left join marts.fct_revenue_forecast_monthly f on f.project_id = chosen.project_id
            group by chosen.project_id, chosen.project_code, chosen.project_name, chosen.client_name,
                     chosen.project_type_name, chosen.days_in_status, chosen.is_start_known, chosen.valid_from,
                     chosen.created_at
        )
        select valued.*, count(*) over () as project_count
        from valued
        order by forecast_revenue_usd desc, project_code
        {ONE_PAGE}
        """,
        {"status": status, "types": list(types), **page_window(page)},
    )


def time_in_status(types: tuple[str, ...], run=query) -> pd.DataFrame:
    """Finished status versions: how long projects stayed in each status."""
    type_filter = _type_filter("p", types)
    return run(
        f"""
        select h.project_status_name, h.workflow_order, count(*) as versions,
               percentile_cont(0.5) within group (order by h.days_in_status) as median_days,
               round(avg(h.days_in_status), 1) as avg_days
        from marts.fct_project_status_history h
        join marts.dim_projects p on p.project_id = h.project_id
        where not h.is_current {type_filter}
        group by h.project_status_name, h.workflow_order
        order by h.workflow_order
        """,
        {"types": list(types)},
    )


def _type_filter(alias: str, types: tuple[str, ...]) -> str:
    """The projects of one of `types` (project type names); none chosen:
    every type."""
    return f" and {alias}.project_type_name = any(%(types)s)" if types else ""


def _status_filter(alias: str, statuses: tuple[str, ...] | None) -> str:
    """None: every status; else the projects whose current status is one
    of `statuses` (none chosen: no project)."""
    return "" if statuses is None else f" and {alias}.project_status_name = any(%(statuses)s)"


def budget_totals(types: tuple[str, ...], statuses: tuple[str, ...] | None = None, run=query) -> pd.DataFrame:
    """The budget page's tiles over every live project, from
    fct_project_portfolio's rows per type and status: projects over budget,
    with and without a budget, projected overrun hours and revenue at risk."""
    type_filter = _type_filter("p", types)
    return run(
        f"""
        select cast(coalesce(sum(p.over_budget_project_count), 0) as bigint) as projects_over,
               cast(coalesce(sum(p.budgeted_project_count), 0) as bigint) as projects_budgeted,
               cast(coalesce(sum(p.unbudgeted_project_count), 0) as bigint) as projects_unbudgeted,
               coalesce(sum(p.projected_overrun_hours), 0) as projected_overrun_hours,
               coalesce(sum(p.revenue_at_risk_usd), 0) as revenue_at_risk_usd
        from marts.fct_project_portfolio p
        where true {type_filter}{_status_filter("p", statuses)}
        """,
        {"types": list(types), "statuses": list(statuses or ())},
    )


def budget_burn(types: tuple[str, ...], has_budget: bool = True, page: int = 1,
                statuses: tuple[str, ...] | None = None, run=query) -> pd.DataFrame:
    """One page (PAGE_SIZE rows) of the live projects with a budget, by
    projected overrun (most first), or of those without one: read through
    fct_project_budget_burn's index in this order, so a page costs the same
    whatever the number of projects."""
    type_filter = _type_filter("b", types)
    return run(
        f"""
        select b.project_code, b.project_name, b.client_name, b.project_type_name, b.project_status_name,
               b.has_budget, b.budget_hours, b.worked_hours, b.planned_hours, b.burn_to_date_ratio,
               b.projected_burn_ratio, b.projected_overrun_hours, b.projected_overrun_cost_usd,
               b.revenue_at_risk_usd, b.margin_erosion_usd, b.overrun_unpriced_hours, b.budget_exhausted_week, b.is_budget_exhausted
        from marts.fct_project_budget_burn b
        where not b.is_deleted and b.has_budget = %(has_budget)s {type_filter}{_status_filter("b", statuses)}
        order by b.projected_overrun_hours desc nulls last,
                 b.projected_burn_ratio desc nulls last, b.project_code
        {ONE_PAGE}
        """,
        {"types": list(types), "statuses": list(statuses or ()), "has_budget": has_budget,
         **page_window(page)},
    )


def forecast_accuracy(lead_months: int, types: tuple[str, ...], run=query) -> pd.DataFrame:
    """By closed month, for one lead time: the weighted forecast known then
    against the revenue that happened; bias and absolute percentage error
    as ratios of the sums."""
    type_filter = _type_filter("a", types)
    return run(
        f"""
        select a.month_start, sum(a.project_count) as projects,
               sum(a.forecast_usd) as forecast_usd, sum(a.actual_usd) as actual_usd,
               sum(a.absolute_error_usd) as absolute_error_usd,
               round((sum(a.forecast_usd) - sum(a.actual_usd)) / nullif(sum(a.actual_usd), 0), 4) as bias_ratio,
               round(sum(a.absolute_error_usd) / nullif(sum(a.actual_usd), 0), 4) as absolute_percentage_error
        from marts.fct_forecast_accuracy_monthly a
        where a.lead_months = %(lead)s {type_filter}
        group by a.month_start
        order by a.month_start
        """,
        {"lead": lead_months, "types": list(types)},
    )


def burn_up(project_code: str, run=query) -> pd.DataFrame:
    """A project's burn-up, month by month (fct_project_budget_burn_monthly):
    its budget, the hours of each month (worked up to the as-of day,
    planned after it) and their running total."""
    return run(
        """
        select m.month_start, m.budget_hours, m.actual_hours, m.planned_hours, m.cumulative_hours
        from marts.fct_project_budget_burn_monthly m
        join marts.dim_projects p on p.project_id = m.project_id
        where p.project_code = %(code)s
        order by m.month_start
        """,
        {"code": project_code},
    )


def fixed_fee_totals(run=query) -> pd.DataFrame:
    """The forecast page's Fixed Fee tiles over every live contract still
    open (decision 50): recognized, not yet recognized, the loss-making
    ones and their expected loss, and those whose figures are unknown."""
    return run(
        """
        select count(*) as contracts,
               coalesce(sum(c.recognized_to_date_usd), 0) as recognized_to_date_usd,
               coalesce(sum(c.unrecognized_fee_usd), 0) as unrecognized_fee_usd,
               count(*) filter (where c.is_loss_making) as loss_making,
               coalesce(sum(c.expected_loss_usd) filter (where c.is_loss_making), 0) as expected_loss_usd,
               count(*) filter (where c.is_loss_making and c.expected_loss_usd is null) as loss_unknown,
               count(*) filter (where not c.is_fee_known) as fee_unknown,
               coalesce(sum(c.estimate_change_usd), 0) as estimate_change_usd
        from marts.fct_fixed_fee_contracts c
        join marts.dim_projects p on p.project_id = c.project_id
        where p.is_open
        """
    )


def fixed_fee_contracts(page: int = 1, run=query) -> pd.DataFrame:
    """Open Fixed Fee contracts, the loss-making first (largest expected
    loss first), then those whose loss is not known, then the largest fee
    still to recognize; one page."""
    return run(
        f"""
        select p.project_code, p.project_name, p.client_name, c.project_status_name,
               c.fixed_fee_usd, c.percent_complete, c.recognized_to_date_usd, c.estimate_change_usd,
               c.unrecognized_fee_usd, c.cost_at_completion_usd, c.expected_margin_usd,
               c.is_loss_making, c.expected_loss_usd, c.margin_erosion_usd
        from marts.fct_fixed_fee_contracts c
        join marts.dim_projects p on p.project_id = c.project_id
        where p.is_open
        order by c.is_loss_making is true desc, c.is_loss_making is null desc, c.expected_loss_usd desc nulls last,
                 c.unrecognized_fee_usd desc nulls last, p.project_code
        {ONE_PAGE}
        """,
        page_window(page),
    )
