"""How the CLI runs the tools it wraps (dbt, sqlfluff, streamlit, mf):
their dbt profile and their environment, pointed at the warehouse."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from headroom import settings
from headroom.errors import UsageError


def profiles_dir() -> Path:
    """Where dbt finds its profile: the user's own, else the example."""
    root = settings.project_root()
    if os.environ.get("DBT_PROFILES_DIR"):
        return Path(os.environ["DBT_PROFILES_DIR"])
    if (root / "profiles.yml").exists():
        return root
    target = settings.state_dir() / "profiles"
    target.mkdir(parents=True, exist_ok=True)
    example = root / "profiles.yml.example"
    if not example.exists():
        raise UsageError(f"{example} is missing; the dbt profile cannot be made.")
    shutil.copyfile(example, target / "profiles.yml")
    return target


# The as-of day of a dbt run, when no as_of_date var is given (the macro
# as_of_date_string): the daily job and the bench set it instead of --vars,
# which would make dbt parse the whole project again each day (decision 41).
AS_OF_ENV = "HEADROOM_AS_OF_DATE"


def child_env(wh: settings.Warehouse, database: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(wh.env(database))
    env["DBT_PROFILES_DIR"] = str(profiles_dir())
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    return env


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def run_foreground(command: list[str], env: dict[str, str]) -> int:
    """Runs a tool in the foreground and returns its exit code. A SIGTERM
    sent to `headroom` is passed on to the tool, so stopping `headroom
    dashboard` (or dbt) never leaves the tool running on its own."""
    try:
        child = subprocess.Popen(command, env=env, cwd=settings.project_root())
    except FileNotFoundError:
        raise UsageError(f"{command[0]} is not installed; run `make setup`.") from None
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: child.send_signal(signum))
    try:
        while True:
            try:
                return child.wait()
            except KeyboardInterrupt:
                # Ctrl-C reached the tool too (same process group): let it finish
                continue
    finally:
        signal.signal(signal.SIGTERM, previous)
