"""Who may log in to the embedded server, and how (issue 15, decision 27).

Every login needs a password, checked with SCRAM (scram-sha-256), on the
socket and on 127.0.0.1 alike: another user of the machine cannot become
the owner or a reader. The passwords are generated on first use and kept in
one pgpass file in the project's git-ignored state (`.headroom/pgpass`,
readable by its owner only). Every tool finds it through PGPASSFILE (what
`headroom env` exports) or the `passfile` connection parameter; no password
is ever printed, passed on a command line or written to the repository.

A data folder made before this (trusted logins) is converted on its next
start: the owner gets its password, pg_hba.conf requires SCRAM, the server
reloads.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import psycopg
from psycopg import sql

from headroom import settings
from headroom.errors import WarehouseError

# The roles of the authorization policy, as dbt_project.yml names them by
# default (decision 18); the build creates them, this module gives them
# their passwords on the embedded server.
POLICY_ROLES = ("headroom_analyst", "headroom_dashboard", "headroom_finance")

HBA = """# set by headroom warehouse start: every login needs its password (SCRAM)
local   all   all                  scram-sha-256
host    all   all   127.0.0.1/32   scram-sha-256
host    all   all   ::1/128        scram-sha-256
"""


def _read(path: Path) -> dict[str, str]:
    """user -> password from a pgpass file (the project's own: its
    passwords never hold a colon or a backslash)."""
    found: dict[str, str] = {}
    if not path.exists():
        return found
    for line in path.read_text().splitlines():
        fields = line.split(":")
        if len(fields) == 5 and not line.startswith("#"):
            found.setdefault(fields[3], fields[4])
    return found


def passwords() -> dict[str, str]:
    """The owner's and each policy role's password, generated when missing."""
    known = _read(settings.embedded_passfile())
    for user in (settings.EMBEDDED_SUPERUSER, *POLICY_ROLES):
        known.setdefault(user, secrets.token_urlsafe(24))
    return known


def write_passfile(port: int, socket_dir: Path) -> dict[str, str]:
    """Writes the pgpass file for the server at `port` (on 127.0.0.1 and on
    its socket), readable by its owner only; returns the passwords."""
    known = passwords()
    path = settings.embedded_passfile()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# headroom: the embedded warehouse's logins (generated; never commit)"]
    for host in ("127.0.0.1", "localhost", str(socket_dir)):
        lines += [f"{host}:{port}:*:{user}:{secret}" for user, secret in known.items()]
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write("\n".join(lines) + "\n")
    os.replace(temporary, path)
    return known


def hba_is_trusting(pgdata: Path) -> bool:
    """True when pg_hba.conf still lets someone in without a password."""
    hba = pgdata / "pg_hba.conf"
    for line in hba.read_text().splitlines():
        fields = line.split("#", 1)[0].split()
        if fields and fields[-1] in ("trust", "peer", "ident"):
            return True
    return False


def secure(port: int, pgdata: Path, reload) -> list[str]:
    """Makes the running server at `port` require passwords: converts a
    trusting pg_hba.conf (`reload` makes the server read it again) and
    gives each existing policy role its password if it has none. Returns
    what was done, for the start-up notes."""
    notes: list[str] = []
    known = passwords()
    trusting = hba_is_trusting(pgdata)
    conninfo = (
        f"host=127.0.0.1 port={port} user={settings.EMBEDDED_SUPERUSER} dbname=postgres "
        f"connect_timeout=10 passfile={settings.embedded_passfile()}"
    )
    try:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            if trusting:
                _set_password(conn, settings.EMBEDDED_SUPERUSER, known[settings.EMBEDDED_SUPERUSER])
            notes += set_role_passwords(conn, known)
    except psycopg.OperationalError as exc:
        raise WarehouseError(
            f"cannot log in to the embedded warehouse as {settings.EMBEDDED_SUPERUSER}: "
            f"{str(exc).strip().splitlines()[-1]} (its password is in {settings.embedded_passfile()})"
        ) from None
    if trusting:
        (pgdata / "pg_hba.conf").write_text(HBA)
        reload()
        notes.insert(0, "logins now need a password (SCRAM); they are in .headroom/pgpass")
    return notes


def set_role_passwords(conn, known: dict[str, str] | None = None) -> list[str]:
    """Gives each policy role that exists without a password its own.
    Needs the owner (a superuser) on the embedded server."""
    known = known or passwords()
    missing = conn.execute(
        "select rolname from pg_authid where rolname = any(%s) and rolpassword is null order by 1",
        (list(POLICY_ROLES),),
    ).fetchall()
    for (role,) in missing:
        _set_password(conn, role, known[role])
    return [f"gave {role} its password" for (role,) in missing]


def _set_password(conn, role: str, secret: str) -> None:
    # the server hashes it (password_encryption = scram-sha-256) and does
    # not log it: log_statement is off on the embedded server
    conn.execute(sql.SQL("alter role {} password {}").format(sql.Identifier(role), sql.Literal(secret)))
