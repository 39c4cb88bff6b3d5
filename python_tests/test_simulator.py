"""The upstream simulator against the contract, on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re

import psycopg
import pytest

from conftest import CONTRACT, ROOT
from headroom.simulator import generate as gen
from headroom.simulator import schema

AS_OF = dt.date(2026, 11, 20)


def contract_text() -> str:
    vendored = ROOT / "docs" / "upstream-contract.md"
    if CONTRACT.exists():
        text = CONTRACT.read_text()
        assert text == vendored.read_text(), "docs/upstream-contract.md is stale: copy shared/upstream/headroom-app.md"
        return text
    return vendored.read_text()


def contract_columns() -> dict[str, dict[str, str]]:
    """{table: {column: type text}} parsed from the contract's tables."""
    tables: dict[str, dict[str, str]] = {}
    current = None
    in_columns = False
    for line in contract_text().splitlines():
        heading = re.match(r"^### app\.(\w+)", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
            continue
        if line.startswith("## "):
            current = None
        if line.startswith("| column"):
            in_columns = True
            continue
        if not line.startswith("|"):
            in_columns = False
        if current is None or not in_columns or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        for name in cells[0].split(","):
            current[name.strip()] = cells[1]
    return tables


def expected_type(spec: str) -> tuple[str, int | None, int | None, int | None, str | None]:
    nullable = "YES" if "not null" not in spec else "NO"
    base = spec.replace("not null", "").replace("null", "").strip()
    m = re.match(r"(\w+)(?:\((\d+)(?:,(\d+))?\))?", base)
    kind, a, b = m.group(1), m.group(2), m.group(3)
    names = {"varchar": "character varying", "char": "character", "timestamp": "timestamp without time zone"}
    length = int(a) if kind in ("varchar", "char") and a else None
    precision = int(a) if kind == "numeric" else None
    scale = int(b) if kind == "numeric" else None
    # Laravel timestamps: the conventions give timestamp(0) and nullable.
    if kind == "timestamp":
        nullable = "YES" if "not null" not in spec else "NO"
    return names.get(kind, kind), length, precision, scale, nullable


@pytest.fixture(scope="module")
def tiny(wh, scratch_db_module):
    cfg = gen.Config(scale=0.1, seed=7, as_of=AS_OF, defect_rate=0.1)
    gen.generate(wh.conninfo(scratch_db_module), cfg)
    return scratch_db_module


@pytest.fixture(scope="module")
def scratch_db_module(wh):
    name = "headroom_scratch_sim"
    admin = wh.conninfo("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')
        conn.execute(f'create database "{name}"')
    yield name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def checksums(conninfo: str) -> dict[str, str]:
    with psycopg.connect(conninfo) as conn:
        out = {}
        for table in [*schema.APP_TABLES, "defects"]:
            qualified = f"simulator.{table}" if table == "defects" else f"app.{table}"
            # the replica's load time is the real clock's, not the simulation's
            row = f"(to_jsonb(t) - '{schema.REPLICA_COLUMN}')::text"
            out[table] = conn.execute(
                f"select md5(coalesce(string_agg({row}, '|' order by {row}), '')) from {qualified} t"
            ).fetchone()[0]
        return out


def test_schema_matches_the_contract_column_by_column(wh, tiny):
    contract = contract_columns()
    assert set(contract) == set(schema.APP_TABLES)
    with psycopg.connect(wh.conninfo(tiny)) as conn:
        rows = conn.execute(
            """
            select table_name, column_name, data_type, character_maximum_length,
                   numeric_precision, numeric_scale, is_nullable, datetime_precision
            from information_schema.columns where table_schema = 'app'
            """
        ).fetchall()
    actual = {(r[0], r[1]): r for r in rows}
    # the contract's columns, the replica's load time on every table, and
    # the replica's own tables (contract v3, "The replica")
    replica = {(t, schema.REPLICA_COLUMN) for t in contract}
    replica_tables = {(t, c) for t in schema.REPLICA_TABLES for c in schema.column_names(t, schema.REPLICA_TABLES)}
    assert {(t, c) for t, cols in contract.items() for c in cols} | replica | replica_tables == set(actual)
    for table, cols in contract.items():
        for column, spec in cols.items():
            kind, length, precision, scale, nullable = expected_type(spec)
            r = actual[(table, column)]
            assert r[2] == kind, (table, column)
            if length:
                assert r[3] == length, (table, column)
            if precision:
                assert (r[4], r[5]) == (precision, scale), (table, column)
            assert r[6] == nullable, (table, column, spec)
            if kind.startswith("timestamp"):
                assert r[7] == 0, (table, column)


def test_same_scale_seed_and_day_give_identical_tables(wh, tiny, scratch_db):
    cfg = gen.Config(scale=0.1, seed=7, as_of=AS_OF, defect_rate=0.1)
    gen.generate(wh.conninfo(scratch_db), cfg)
    assert checksums(wh.conninfo(tiny)) == checksums(wh.conninfo(scratch_db))


def test_another_seed_gives_other_tables(wh, tiny, scratch_db):
    cfg = gen.Config(scale=0.1, seed=8, as_of=AS_OF, defect_rate=0.1)
    gen.generate(wh.conninfo(scratch_db), cfg)
    assert checksums(wh.conninfo(tiny))["actuals"] != checksums(wh.conninfo(scratch_db))["actuals"]


def test_every_defect_class_is_injected_at_its_rate_and_recorded(wh, tiny):
    with psycopg.connect(wh.conninfo(tiny)) as conn:
        found = dict(
            ((t, c), n)
            for t, c, n in conn.execute(
                "select table_name, defect_class, count(*) from simulator.defects group by 1, 2"
            ).fetchall()
        )
        actuals = conn.execute("select count(*) from app.actuals").fetchone()[0]
        # every recorded row exists
        missing = conn.execute(
            """
            select count(*) from simulator.defects d
            where not exists (select 1 from app.actuals a where d.table_name = 'actuals' and a.id = d.row_id)
              and not exists (select 1 from app.allocations a where d.table_name = 'allocations' and a.id = d.row_id)
              and not exists (select 1 from app.time_off a where d.table_name = 'time_off' and a.id = d.row_id)
              and not exists (select 1 from app.projects a where d.table_name = 'projects' and a.id = d.row_id)
              and not exists (select 1 from app.team_members a where d.table_name = 'team_members' and a.id = d.row_id)
              and not exists (select 1 from app.users a where d.table_name = 'users' and a.id = d.row_id)
            """
        ).fetchone()[0]
    assert missing == 0
    for table, classes in gen.DEFECT_CLASSES.items():
        for defect in classes:
            assert found.get((table, defect), 0) > 0, (table, defect)
    # The rate is the share of rows carrying a defect, split among classes.
    per_class = 0.1 / len(gen.DEFECT_CLASSES["actuals"])
    for defect in gen.DEFECT_CLASSES["actuals"]:
        share = found[("actuals", defect)] / actuals
        assert per_class * 0.7 < share < per_class * 1.3, (defect, share)


def test_the_firm_looks_like_a_firm(wh, tiny):
    with psycopg.connect(wh.conninfo(tiny)) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("select count(distinct currency) from app.projects") == 3
        assert one("select count(distinct project_type_id) from app.projects where project_type_id in (1,2,3)") == 3
        assert one("select count(*) from app.team_members where weekly_capacity_hours < 40") > 0
        assert one("select count(*) from app.team_members where ended_on is not null") > 0
        assert one("select count(*) from app.actuals where source = 'allocation_backfill'") > 0
        assert one("select count(*) from app.actuals where source = 'timesheet'") > 0
        assert one("select max(ends_on) from app.allocations") > AS_OF
        assert one("select max(worked_on) from app.actuals a where not exists"
                   " (select 1 from simulator.defects d where d.table_name = 'actuals' and d.row_id = a.id)") == AS_OF
        assert one("select count(*) from app.time_off") > 0


def test_nothing_is_created_or_edited_after_the_as_of_day(wh, tiny):
    with psycopg.connect(wh.conninfo(tiny)) as conn:
        for table in schema.APP_TABLES:
            later = conn.execute(
                f"select count(*) from app.{table} t where (created_at >= %s or updated_at >= %s)"
                f" and not exists (select 1 from simulator.defects d where d.table_name = %s and d.row_id = t.id)",
                (AS_OF + dt.timedelta(days=1), AS_OF + dt.timedelta(days=1), table),
            ).fetchone()[0]
            assert later == 0, table
