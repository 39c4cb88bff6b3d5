"""Pieces the pages share: cached queries, the sidebar filters, errors."""

from __future__ import annotations

import datetime as dt

import psycopg
import streamlit as st

from headroom.dashboard import health, marts, project_marts, staffing_marts

CACHE_SECONDS = 300


QUERY_MODULES = {"": marts, "health": health, "project_marts": project_marts, "staffing_marts": staffing_marts}


@st.cache_data(ttl=CACHE_SECONDS, show_spinner=False)
def cached(name: str, *args):
    """A query by name (`health.<name>` for the Data health page's,
    `project_marts.<name>` for the projects and money ones,
    `staffing_marts.<name>` for Hiring and staffing, else a people query of
    marts.py), cached for five minutes per set of arguments."""
    module, _, function = name.rpartition(".")
    return getattr(QUERY_MODULES[module], function)(*args)


def load(name: str, *args):
    """Runs a query; a warehouse that cannot be reached stops the page with
    one clear message instead of a traceback."""
    try:
        return cached(name, *args)
    except psycopg.OperationalError as exc:
        st.error(f"The warehouse cannot be reached as the dashboard role: {str(exc).strip().splitlines()[0]}")
        st.stop()
    except psycopg.errors.InsufficientPrivilege as exc:
        st.error(f"The dashboard role may not read this: {str(exc).strip().splitlines()[0]}")
        st.stop()
    except psycopg.errors.UndefinedTable:
        st.error("The marts are not built yet: run `make run` first.")
        st.stop()


def people_filters() -> marts.Filters:
    teams, roles = load("teams_and_roles")
    with st.sidebar:
        chosen_teams = st.multiselect("Team", teams, key="teams")
        chosen_roles = st.multiselect("Role", roles, key="roles")
    return marts.Filters(tuple(chosen_teams), tuple(chosen_roles))


def type_filter() -> tuple[str, ...]:
    with st.sidebar:
        return tuple(st.multiselect("Project type", load("project_marts.project_types"), key="types"))


def month_range(back: int, ahead: int, key: str) -> tuple[dt.date, dt.date]:
    """A month range picked in the sidebar around the first month after
    the as-of day; stops the page when the marts hold no month yet."""
    anchor = load("first_forecast_month")
    if anchor is None:
        st.info("The marts hold no month yet.")
        st.stop()
    months = [marts.add_months(anchor, n) for n in range(-24, 13)]
    with st.sidebar:
        start, end = st.select_slider(
            "Months", options=months, value=(marts.add_months(anchor, -back), marts.add_months(anchor, ahead)),
            format_func=lambda d: d.strftime("%b %Y"), key=key,
        )
    return start, end


def ratio(numerator, denominator):
    """Sums divided, null over zero (the marts' rule)."""
    return numerator / denominator if denominator else None


# How a column is shown: its header in words and its unit, with thousands
# separators (streamlit's printf formats take "," for them).
FORMATS = {
    "hours": "%,.1f h",
    "usd": "dollar",
    "percent": "%.1f%%",
    "count": "%,d",
    "days": "%,.1f days",
    "seconds": "%,.1f s",
    "people": "%,.1f people",
}


def show_table(frame, columns: dict[str, tuple[str, str]]) -> None:
    """A table for people: only `columns` (name -> (header, kind)), with
    headers in words, hours and dollars with their unit, shares as
    percentages, months as "Nov 2026", times as "2026-11-23 07:02"; kind is
    hours, usd, percent, count, days, seconds, people, month, time or text."""
    config = {}
    shown = frame[list(columns)].copy()
    for name, (header, kind) in columns.items():
        if kind == "month":
            shown[name] = [day.strftime("%b %Y") for day in shown[name]]
            config[name] = st.column_config.TextColumn(header)
        elif kind == "time":
            shown[name] = [value.strftime("%Y-%m-%d %H:%M") if value is not None else "" for value in shown[name]]
            config[name] = st.column_config.TextColumn(header)
        elif kind == "text":
            config[name] = st.column_config.TextColumn(header)
        else:
            values = shown[name].astype(float)
            shown[name] = values * 100 if kind == "percent" else values
            config[name] = st.column_config.NumberColumn(header, format=FORMATS[kind])
    st.dataframe(shown, hide_index=True, use_container_width=True, column_config=config)


def share(numerator, denominator) -> str:
    """A share as a percentage for a metric tile; a dash when undefined."""
    value = ratio(numerator, denominator)
    return "–" if value is None else f"{float(value):.1%}"


def page_picker(label: str, rows: int, key: str) -> int:
    """The page of a listing to show (PAGE_SIZE rows a page): a number box
    when there is more than one page, with how many rows there are. Its
    value is also in st.session_state[key] before the box is drawn, for a
    page that reads its listings before it knows their sizes."""
    pages = max(1, -(-rows // marts.PAGE_SIZE))
    if st.session_state.get(key, 1) > pages:
        # the filters changed under a later page: back to the last one
        st.session_state[key] = pages
        st.rerun()
    if pages == 1:
        return 1
    page = st.number_input(f"{label}: page (of {pages:,}, {marts.PAGE_SIZE} rows each, {rows:,} in all)",
                           min_value=1, max_value=pages, value=1, step=1, key=key)
    return int(page)


def show_table_or(frame, columns: dict[str, tuple[str, str]], when_empty: str) -> None:
    """show_table, or `when_empty` as a note when there is no row to show."""
    if frame.empty:
        st.info(when_empty)
    else:
        show_table(frame, columns)
