"""The queries of the Data health page: the run history in `monitoring`
(decision 28), which the dashboard role may read. Small tables: each query
reads the last runs only."""

from __future__ import annotations

import pandas as pd

from headroom.dashboard.marts import query


def freshness(run=query) -> pd.DataFrame:
    """Each app table's latest freshness check against its SLA."""
    return run(
        """
        select source_table, status, age_hours, warn_after_hours, error_after_hours, snapshotted_at
        from monitoring.mon_source_freshness
        where is_latest
        order by source_table
        """
    )


def last_runs(limit: int = 20, run=query) -> pd.DataFrame:
    """The latest dbt invocations: what, when, how long, how they ended."""
    return run(
        """
        select started_at, command, as_of_on, status, duration_seconds, nodes, nodes_failed, tests_failed
        from monitoring.mon_runs
        order by started_at desc
        limit %(limit)s
        """,
        {"limit": limit},
    )


def mart_rows(builds: int = 30, run=query) -> pd.DataFrame:
    """Row counts of the marts over the last builds."""
    return run(
        """
        select started_at, relation_name, row_count
        from monitoring.mon_row_count_changes
        where relation_kind = 'marts'
          and invocation_id in (
              select invocation_id from monitoring.mon_runs
              where is_build order by started_at desc limit %(builds)s)
        order by started_at, relation_name
        """,
        {"builds": builds},
    )


def quarantine_shares(builds: int = 30, run=query) -> pd.DataFrame:
    """The share of app rows kept out of the marts, and the values used as
    unknown in the rows kept, build by build."""
    return run(
        """
        select started_at, quarantined_rows, values_used_as_unknown, app_rows, quarantine_share, is_anomaly
        from monitoring.mon_quarantine_shares
        order by started_at desc
        limit %(builds)s
        """,
        {"builds": builds},
    )


def open_findings(run=query) -> pd.DataFrame:
    """The findings of the latest build and the latest freshness check."""
    return run(
        """
        select a.severity, a.check_name, a.subject, a.observed, a.expected, a.detail
        from monitoring.mon_anomalies as a
        where a.invocation_id in (
            (select invocation_id from monitoring.mon_runs where is_build
             order by started_at desc limit 1),
            (select invocation_id from monitoring.mon_source_freshness where is_latest limit 1))
        order by a.severity, a.check_name, a.subject
        """
    )


def first_build_day(run=query):
    """The as-of day of the first build on record that ended well: the
    forecast history (and so forecast accuracy) starts there."""
    found = run(
        "select min(as_of_on) as first_day from monitoring.mon_runs"
        " where is_build and status in ('success', 'warned')"
    )
    return None if found.empty else found.iloc[0, 0]
