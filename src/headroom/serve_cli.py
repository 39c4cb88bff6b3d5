"""`headroom dashboard`, `headroom docs` and `headroom screenshots`: the
commands that serve what a build made, to people and to a browser."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from headroom import settings
from headroom.errors import UsageError, WarehouseError
from headroom.tools import child_env, run_foreground, tool


def say(message: str) -> None:
    print(f"headroom: {message}", flush=True)


def parse_port(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port {raw!r} is not a number") from None
    if not 1024 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port {value} is outside 1024..65535")
    return value


def cmd_dashboard(args: argparse.Namespace, require_up) -> int:
    """Starts the Streamlit dashboard on the marts, as the dashboard role."""
    import psycopg

    from headroom.dashboard import marts

    wh = settings.resolve()
    require_up(wh)
    role = os.environ.get(marts.ROLE_ENV, marts.DEFAULT_ROLE)
    try:
        with psycopg.connect(marts.conninfo()) as conn:
            built = conn.execute("select to_regclass('marts.fct_member_capacity_weekly')").fetchone()[0]
    except psycopg.OperationalError as exc:
        raise WarehouseError(f"cannot log in as {role}: {str(exc).strip().splitlines()[-1]}") from None
    if built is None:
        raise UsageError(f"the marts are not built (or {role} may not read them): run `make run` first.")
    app = Path(__file__).resolve().parent / "dashboard" / "app.py"
    say(f"dashboard on http://127.0.0.1:{args.port} as {role} (Ctrl-C stops it)")
    env = child_env(wh)
    env.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    return run_foreground([tool("streamlit"), "run", str(app), "--server.headless", "true",
                  "--server.address", "127.0.0.1", "--server.port", str(args.port),
                  "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer"], env)


def cmd_docs(args: argparse.Namespace) -> int:
    """Serves the dbt docs site that `make run` generated."""
    wh = settings.resolve()
    target = Path(child_env(wh).get("DBT_TARGET_PATH") or settings.project_root() / "target")
    if not (target / "index.html").exists():
        raise UsageError(f"no docs site in {target}: run `make run` (it generates the docs) first.")
    say(f"docs site on http://127.0.0.1:{args.port} (Ctrl-C stops it)")
    return run_foreground([tool("dbt"), "docs", "serve", "--host", "127.0.0.1", "--port", str(args.port), "--no-browser"],
                 child_env(wh))


def cmd_screenshots(args: argparse.Namespace, require_up) -> int:
    from headroom import screenshots

    require_up(settings.resolve())
    return screenshots.run(args.out)


def add_parser(sub, require_up) -> None:
    p = sub.add_parser("dashboard", help="start the dashboard on the marts (Streamlit), as the dashboard role")
    p.add_argument("--port", type=parse_port, default=8501, help="port on 127.0.0.1 (default 8501)")
    p.set_defaults(func=lambda args: cmd_dashboard(args, require_up))

    p = sub.add_parser("docs", help="serve the dbt docs site (make run generates it)")
    p.add_argument("--port", type=parse_port, default=8080, help="port on 127.0.0.1 (default 8080)")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("screenshots", help="every dashboard page in headless Chromium, as PNG files for the "
                                           "README's gallery")
    p.add_argument("--out", type=Path, default=Path("docs/screenshots"), help="folder (default docs/screenshots)")
    p.set_defaults(func=lambda args: cmd_screenshots(args, require_up))
