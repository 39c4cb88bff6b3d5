"""The Hiring and staffing page's queries (decision 49): role supply and
demand over the staffing weeks, and the placeholders behind a role's gap.
The same rules as marts.py: read from the marts, summed in PostgreSQL, run
as the dashboard role."""

from __future__ import annotations

import pandas as pd

from headroom.dashboard.marts import Filters, query

def role_weeks(filters: Filters, run=query) -> pd.DataFrame:
    """Per week and role, over the teams of the filters: the real members'
    capacity and free hours, the unstaffed demand (and its tentative part),
    and the gap with and without tentative work, in hours and in people
    (the mart's own gap_people, summed over the teams)."""
    return run(
        f"""
        select s.week_start, s.role_name,
               sum(s.member_count) as members,
               sum(s.placeholder_count) as placeholders,
               sum(s.capacity_hours) as capacity_hours,
               sum(s.free_hours) as free_hours,
               sum(s.unstaffed_hours) as unstaffed_hours,
               sum(s.unstaffed_tentative_hours) as unstaffed_tentative_hours,
               sum(s.gap_hours) as gap_hours,
               sum(s.gap_without_tentative_hours) as gap_without_tentative_hours,
               sum(s.gap_people) as gap_people,
               sum(s.gap_without_tentative_people) as gap_without_tentative_people
        from marts.fct_role_supply_demand_weekly s
        where true {filters.where("s")}
        group by s.week_start, s.role_name
        order by s.week_start, s.role_name
        """,
        filters.params(),
    )


def placeholders_behind(role: str, filters: Filters, run=query) -> pd.DataFrame:
    """The placeholders of a role (over the teams of the filters) and the
    projects they are planned on: hours over the staffing weeks, first and
    last week, how sure the project is."""
    return run(
        f"""
        select d.placeholder_id, d.placeholder_name, d.team, p.project_code, p.project_name, p.project_status_name,
               d.project_plan_certainty,
               min(d.week_start) as first_week, max(d.week_start) as last_week,
               sum(d.unstaffed_hours) as unstaffed_hours
        from marts.fct_unstaffed_demand_weekly d
        join marts.dim_projects p on p.project_id = d.project_id
        where d.role_name = %(role)s {filters.where("d")}
        group by d.placeholder_id, d.placeholder_name, d.team, p.project_code, p.project_name,
                 p.project_status_name, d.project_plan_certainty
        order by min(d.week_start), sum(d.unstaffed_hours) desc, d.placeholder_name, p.project_code
        """,
        {"role": role, **filters.params()},
    )
