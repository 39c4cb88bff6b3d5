"""The `app` schema exactly as ../shared/upstream/headroom-app.md describes it,
and the `simulator` schema that records what the simulator did (the truth
the tests compare the warehouse with; dbt never reads it)."""

from __future__ import annotations

TS = "timestamp(0) without time zone"
LARAVEL = f"created_at {TS} null,\n    updated_at {TS} null,\n    deleted_at {TS} null"

# Column order here is the COPY order used by the generator.
APP_TABLES: dict[str, str] = {
    "users": f"""
    id bigint not null primary key,
    name varchar(255) not null,
    email varchar(255) not null unique,
    is_admin boolean not null,
    created_at {TS} null,
    updated_at {TS} null""",
    "team_members": f"""
    id bigint not null primary key,
    user_id bigint null,
    name varchar(255) not null,
    email varchar(255) null,
    role varchar(100) not null,
    team varchar(100) null,
    weekly_capacity_hours numeric(5,2) not null,
    cost_rate numeric(10,2) null,
    bill_rate numeric(10,2) null,
    active boolean not null,
    started_on date null,
    ended_on date null,
    {LARAVEL},
    is_placeholder boolean not null default false""",
    "projects": f"""
    id bigint not null primary key,
    code varchar(32) not null unique,
    name varchar(255) not null,
    client_name varchar(255) null,
    project_type_id smallint not null,
    project_status_id smallint not null,
    starts_on date null,
    ends_on date null,
    hourly_rate numeric(10,2) null,
    monthly_fee numeric(12,2) null,
    budget_hours numeric(10,2) null,
    currency char(3) not null,
    {LARAVEL},
    fixed_fee numeric(12,2) null""",
    "allocations": f"""
    id bigint not null primary key,
    team_member_id bigint not null,
    project_id bigint not null,
    starts_on date not null,
    ends_on date not null,
    hours_per_day numeric(4,2) not null,
    {LARAVEL}""",
    "actuals": f"""
    id bigint not null primary key,
    team_member_id bigint not null,
    project_id bigint not null,
    worked_on date not null,
    hours numeric(5,2) not null,
    source varchar(32) not null,
    notes text null,
    {LARAVEL}""",
    "time_off": f"""
    id bigint not null primary key,
    team_member_id bigint not null,
    starts_on date not null,
    ends_on date not null,
    hours_per_day numeric(4,2) not null,
    kind varchar(32) not null,
    {LARAVEL}""",
}

SIMULATOR_TABLES: dict[str, str] = {
    # One row per generate or advance run: what made the data.
    "runs": """
    run_id serial primary key,
    command text not null,
    scale numeric not null,
    seed bigint not null,
    as_of_date date not null,
    defect_rate numeric not null,
    rows_written bigint not null,
    seconds numeric not null,
    finished_at timestamptz not null default now()""",
    # Every defective row the simulator wrote on purpose.
    "defects": """
    table_name text not null,
    row_id bigint not null,
    defect_class text not null,
    injected_on date not null,
    primary key (table_name, row_id)""",
    # Every status a project entered, on the simulated day it happened.
    "status_changes": """
    project_id bigint not null,
    changed_on date not null,
    from_status_id smallint null,
    to_status_id smallint not null""",
    # Every role or rate edit of a member.
    "member_changes": """
    team_member_id bigint not null,
    changed_on date not null,
    attribute text not null,
    old_value text null,
    new_value text null""",
    # The simulated clock: the last day `generate` or `advance` reached.
    "clock": """
    singleton boolean primary key default true check (singleton),
    scale numeric not null,
    seed bigint not null,
    defect_rate numeric not null,
    current_day date not null""",
}


def column_names(table: str, tables: dict[str, str] | None = None) -> list[str]:
    body = (tables or APP_TABLES)[table]
    names = []
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        names.append(line.split()[0].rstrip(","))
    return names


MARKER = "made by headroom app generate (the simulated app); regenerated at will"


def foreign_app_schema(conn) -> bool:
    """True when the database holds an `app` schema the simulator did not
    make: no marker comment, and no simulator schema beside it (as every
    generated app has). `generate` must never drop such a schema: it may be
    a replica of the real app."""
    found = conn.execute(
        """
        select obj_description(n.oid, 'pg_namespace'),
               exists (select from pg_namespace where nspname = 'simulator')
        from pg_namespace as n where n.nspname = 'app'
        """
    ).fetchone()
    if found is None:
        return False
    comment, has_simulator = found
    return comment != MARKER and not has_simulator


# The replica's own bookkeeping (contract v3, "The replica"): every table
# carries _replicated_at, the real clock when the replica applied the row's
# version (new rows take the default, an update the trigger: a row trigger
# on inserts would slow the bulk load); every row deleted outright is written
# to app._deleted_rows in the same transaction as the delete (a TRUNCATE as
# one row with a null id); app._replica_state holds the epoch, raised by
# `headroom app resync`. Source freshness reads _replicated_at, and the
# warehouse reads its changes from it (decision 39).
REPLICA_COLUMN = "_replicated_at"
DELETE_LOG = "_deleted_rows"
REPLICA_STATE = "_replica_state"
REPLICA_TABLES: dict[str, str] = {
    DELETE_LOG: """
    table_name text not null,
    id bigint null,
    deleted_at timestamp with time zone not null""",
    REPLICA_STATE: """
    epoch bigint not null,
    resynced_at timestamp with time zone not null""",
}


def replica_statements() -> list[str]:
    statements = [
        f"""create function simulator.stamp_{REPLICA_COLUMN}() returns trigger
            language plpgsql as $$
            begin
                new.{REPLICA_COLUMN} := now();
                return new;
            end
            $$""",
        f"""create function simulator.log_deleted_row() returns trigger
            language plpgsql as $$
            begin
                insert into app.{DELETE_LOG} (table_name, id, deleted_at)
                values (tg_table_name, old.id, now());
                return old;
            end
            $$""",
        f"""create function simulator.log_truncate() returns trigger
            language plpgsql as $$
            begin
                insert into app.{DELETE_LOG} (table_name, id, deleted_at)
                values (tg_table_name, null, now());
                return null;
            end
            $$""",
        *(f"create table app.{table} ({body}\n)" for table, body in REPLICA_TABLES.items()),
        f"create index on app.{DELETE_LOG} (deleted_at)",
        f"insert into app.{REPLICA_STATE} (epoch, resynced_at) values (1, now())",
    ]
    for table in APP_TABLES:
        statements += [
            f"alter table app.{table} add column {REPLICA_COLUMN}"
            " timestamp with time zone not null default now()",
            f"create trigger stamp_{REPLICA_COLUMN} before update on app.{table}"
            f" for each row execute function simulator.stamp_{REPLICA_COLUMN}()",
            f"create trigger log_deleted_row after delete on app.{table}"
            " for each row execute function simulator.log_deleted_row()",
            f"create trigger log_truncate after truncate on app.{table}"
            " for each statement execute function simulator.log_truncate()",
        ]
    return statements


def create_statements() -> list[str]:
    statements = [
        "drop schema if exists app cascade",
        "drop schema if exists simulator cascade",
        # The warehouse's SCD2 history recorded the app that is being
        # replaced: a new app starts a new history (else members would be
        # priced at the rates of another firm's "earlier versions").
        "drop schema if exists snapshots cascade",
        "create schema app",
        "create schema simulator",
        f"comment on schema app is '{MARKER}'",
        f"comment on schema simulator is '{MARKER}'",
    ]
    for table, body in APP_TABLES.items():
        statements.append(f"create table app.{table} ({body}\n)")
    for table, body in SIMULATOR_TABLES.items():
        statements.append(f"create table simulator.{table} ({body}\n)")
    return statements + replica_statements()


def index_statements() -> list[str]:
    """Indexes the app itself has (Laravel migrations index foreign keys)."""
    return [
        "create index on app.actuals (team_member_id, worked_on)",
        "create index on app.actuals (project_id)",
        "create index on app.actuals (updated_at)",
        "create index on app.allocations (team_member_id)",
        "create index on app.allocations (project_id)",
        "create index on app.time_off (team_member_id)",
    ] + [
        # the replica indexes its stamp (contract v3)
        f"create index on app.{table} ({REPLICA_COLUMN})" for table in APP_TABLES
    ]
