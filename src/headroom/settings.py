"""Where the warehouse is: resolved once from the environment.

The dbt profile and every command read the standard libpq variables
(PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE). When PGHOST is not set,
the project runs its own embedded PostgreSQL and fills those variables in;
when they name that embedded server (as `eval "$(headroom env)"` leaves
them), it is still recognized as the embedded one.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from headroom.errors import UsageError

DEFAULT_EMBEDDED_PORT = 54329
DEFAULT_DATABASE = "headroom"
EMBEDDED_SUPERUSER = "headroom"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def project_root() -> Path:
    """The folder holding dbt_project.yml (HEADROOM_PROJECT_DIR overrides)."""
    explicit = os.environ.get("HEADROOM_PROJECT_DIR")
    if explicit:
        return Path(explicit).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "dbt_project.yml").exists():
            return folder
    # Installed in editable mode: the package sits in <root>/src/headroom.
    return Path(__file__).resolve().parents[2]


def state_dir() -> Path:
    """Git-ignored folder for the embedded server and generated profile."""
    return project_root() / ".headroom"


def parse_port(raw: str, name: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        raise UsageError(f"{name}={raw!r} is not a port number (1-65535).") from None
    if not 1 <= port <= 65535:
        raise UsageError(f"{name}={port} is out of range (1-65535).")
    return port


def check_identifier(value: str, name: str) -> str:
    """Names that reach SQL as identifiers: plain, never quoted input."""
    if not _IDENTIFIER.match(value):
        raise UsageError(
            f"{name}={value!r} is not a plain identifier "
            "(letters, digits and _, not starting with a digit)."
        )
    return value


@dataclass(frozen=True)
class Warehouse:
    host: str
    port: int
    user: str
    password: str | None
    database: str
    embedded: bool
    # the embedded server's pgpass file (decision 27): libpq takes the
    # password of whichever role connects from it
    passfile: str | None = None

    def env(self, database: str | None = None) -> dict[str, str]:
        """The libpq variables for child processes (dbt, sqlfluff, psql)."""
        values = {
            "PGHOST": self.host,
            "PGPORT": str(self.port),
            "PGUSER": self.user,
            "PGDATABASE": database or self.database,
            # Every session of the project reads and writes timestamps in UTC.
            "PGTZ": "UTC",
        }
        if self.password:
            values["PGPASSWORD"] = self.password
        if self.passfile:
            values["PGPASSFILE"] = self.passfile
        return values

    def conninfo(self, database: str | None = None, user: str | None = None,
                 password: str | None = None) -> str:
        """libpq connection string; `user` connects as another role (the
        dashboard, a test), with its own password or none (the owner's
        password is never handed to another role)."""
        other = user is not None and user != self.user
        parts = [
            f"host={self.host}",
            f"port={self.port}",
            f"user={user if other else self.user}",
            f"dbname={database or self.database}",
            "connect_timeout=10",
            "options='-c timezone=UTC'",
        ]
        secret = password if other else self.password
        if secret:
            parts.append(f"password={secret}")
        if self.passfile:
            parts.append(f"passfile={self.passfile}")
        return " ".join(parts)

    def describe(self) -> str:
        kind = "embedded" if self.embedded else "external"
        return f"{kind} PostgreSQL at {self.host}:{self.port}, database {self.database}, user {self.user}"


def embedded_port_file() -> Path:
    """Where `headroom warehouse start` records the embedded server's port."""
    return state_dir() / "port"


def embedded_passfile() -> Path:
    """The embedded server's pgpass file: its logins' passwords (decision 27)."""
    return state_dir() / "pgpass"


def recorded_embedded_port() -> int | None:
    try:
        return int(embedded_port_file().read_text().strip())
    except (OSError, ValueError):
        return None


def points_at_embedded(env) -> bool:
    """True when the libpq variables name the project's own embedded server
    (what `eval "$(headroom env)"` leaves in a shell): its host, the port it
    was last started on, and its owner."""
    port = recorded_embedded_port()
    if port is None:
        return False
    hosts = {"127.0.0.1", "localhost", str(state_dir() / "run")}
    return (
        env.get("PGHOST") in hosts
        and env.get("PGPORT", "5432") == str(port)
        and env.get("PGUSER", EMBEDDED_SUPERUSER) == EMBEDDED_SUPERUSER
    )


def resolve(environ: dict[str, str] | None = None) -> Warehouse:
    env = os.environ if environ is None else environ
    database = check_identifier(env.get("PGDATABASE") or DEFAULT_DATABASE, "PGDATABASE")
    if env.get("PGHOST") and points_at_embedded(env):
        return Warehouse(
            host="127.0.0.1",
            port=parse_port(env.get("PGPORT", "5432"), "PGPORT"),
            user=EMBEDDED_SUPERUSER,
            password=None,
            database=database,
            embedded=True,
            passfile=str(embedded_passfile()),
        )
    if env.get("PGHOST"):
        return Warehouse(
            host=env["PGHOST"],
            port=parse_port(env.get("PGPORT", "5432"), "PGPORT"),
            user=env.get("PGUSER") or os.environ.get("USER", "postgres"),
            password=env.get("PGPASSWORD"),
            database=database,
            embedded=False,
        )
    port_raw = env.get("HEADROOM_PG_PORT", str(DEFAULT_EMBEDDED_PORT))
    return Warehouse(
        host="127.0.0.1",
        port=parse_port(port_raw, "HEADROOM_PG_PORT"),
        user=EMBEDDED_SUPERUSER,
        password=None,
        database=database,
        embedded=True,
        passfile=str(embedded_passfile()),
    )
