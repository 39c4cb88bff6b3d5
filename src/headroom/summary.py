"""`headroom summary`: what the build made, what it kept out of the marts
and why, what it kept in with a flag, and where to look next."""

from __future__ import annotations

import psycopg

from headroom import freshness, settings

LAYERS = ("reference", "staging", "intermediate", "quality", "marts", "restricted", "snapshots", "monitoring")

# fct_actuals' quality flags, in the order of the macro actuals_quality_flags
ACTUALS_FLAGS = (
    ("is_unpriced", "unpriced (no rate known)"),
    ("is_uncosted", "uncosted (no cost rate)"),
    ("is_backfilled", "backfilled from the plan"),
    ("is_edited_after_week_closed", "edited after the week closed"),
    ("is_on_time_off", "logged on time off"),
    ("is_on_day_off", "logged on a day off"),
)


def _exists(conn: psycopg.Connection, relation: str) -> bool:
    return conn.execute("select to_regclass(%s) is not null", (relation,)).fetchone()[0]


def report(wh: settings.Warehouse) -> None:
    with psycopg.connect(wh.conninfo(), autocommit=True) as conn:
        relations = conn.execute(
            """
            select table_schema, table_name, table_type
            from information_schema.tables
            where table_schema = any(%s)
            order by 1, 2
            """,
            (list(LAYERS),),
        ).fetchall()
        counts = {
            (schema_name, table): conn.execute(f'select count(*) from "{schema_name}"."{table}"').fetchone()[0]
            for schema_name, table, kind in relations
            if kind == "BASE TABLE"
        }
        rejected = invalid = flags = plans = money = None
        if _exists(conn, "quality.dq_rejected_rows"):
            rejected = conn.execute(
                "select source_table, reason_code, count(*) from quality.dq_rejected_rows group by 1, 2 order by 1, 2"
            ).fetchall()
        if _exists(conn, "quality.dq_invalid_values"):
            invalid = conn.execute(
                "select source_table, column_name, count(*) from quality.dq_invalid_values group by 1, 2 order by 1, 2"
            ).fetchall()
        if _exists(conn, "marts.fct_actuals"):
            columns = ", ".join(f"count(*) filter (where {flag}), sum(hours) filter (where {flag})"
                                for flag, _ in ACTUALS_FLAGS)
            flags = conn.execute(f"select count(*), sum(hours), {columns} from marts.fct_actuals").fetchone()
        if _exists(conn, "marts.fct_member_utilization_monthly"):
            plans = conn.execute(
                "select sum(planned_hours), sum(time_off_conflict_hours), sum(stale_planned_hours)"
                " from marts.fct_member_utilization_monthly"
            ).fetchone()
        if _exists(conn, "marts.fct_revenue_forecast_monthly"):
            money = conn.execute(
                "select sum(actual_hours + forecast_hours), sum(unpriced_hours), sum(uncosted_hours)"
                " from marts.fct_revenue_forecast_monthly"
            ).fetchone()

    print(f"\nBuilt in {wh.describe()}:")
    for schema_name, table, _ in relations:
        size = f"{counts[(schema_name, table)]:>12,} rows" if (schema_name, table) in counts else "        (view)"
        print(f"  {schema_name + '.' + table:<48} {size}")
    if rejected:
        print("\nRows kept out of the marts (quality.dq_rejected_rows):")
        for table, reason, n in rejected:
            print(f"  {table:<14} {reason:<26} {n:>8,}")
    if invalid is not None:
        print("\nValues used as unknown in rows the marts keep (quality.dq_invalid_values):")
        for table, column, n in invalid:
            print(f"  {table:<14} {column:<26} {n:>8,}")
        if not invalid:
            print("  none")
    if flags and flags[0]:
        rows, hours = flags[0], flags[1]
        print(f"\nActuals kept in the marts with a quality flag (marts.fct_actuals, {rows:,} rows, {hours:,.2f} h):")
        for index, (_, label) in enumerate(ACTUALS_FLAGS):
            n, flagged_hours = flags[2 + 2 * index], flags[3 + 2 * index] or 0
            print(f"  {label:<32} {n:>8,} rows {flagged_hours:>12,.2f} h ({flagged_hours / hours:.1%} of hours)")
    if plans and plans[0] is not None:
        print("\nPlans that will not be worked (left out of planned hours, headroom and the forecast):")
        print(f"  on time off (time_off_conflict_hours)    {plans[1]:>12,.2f} h")
        print(f"  on closed or deleted projects (stale)    {plans[2]:>12,.2f} h")
    if money and money[0]:
        print("\nHours whose money is unknown (null, never 0; fct_revenue_forecast_monthly):")
        print(f"  unpriced_hours {money[1]:>12,.2f} h ({money[1] / money[0]:.2%} of hours)")
        print(f"  uncosted_hours {money[2]:>12,.2f} h ({money[2] / money[0]:.2%} of hours)")
    _print_freshness(settings.project_root() / "target")
    docs = settings.project_root() / "target" / "index.html"
    if docs.exists():
        print(f"\nDocs: `make docs` serves them on http://127.0.0.1:8080 (files in {docs.parent});"
              f" one file to share: {docs.parent / 'static_index.html'}.")
    print("Dashboard: `make dashboard` starts it on http://127.0.0.1:8501.")
    print("Query it: psql with the variables of `headroom env`.")


def _print_freshness(target) -> None:
    """Each app table's age against its SLA, from the last `dbt source freshness`."""
    sources = freshness.read(target)
    if sources is None:
        return
    print("\nFreshness of the app tables (newest replicated row; SLA in _app__sources.yml):")
    for row in freshness.rows(sources):
        age = "?" if row.age_hours is None else f"{row.age_hours:,.1f} h"
        sla = (f"warn after {row.warn_after_hours:g} h, error after {row.error_after_hours:g} h"
               if row.warn_after_hours is not None else "no SLA")
        print(f"  {row.source_table:<18} {row.status:<6} {age:>10}   {sla}")
