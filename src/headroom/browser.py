"""Headless Chromium (Debian's `chromium`, which `make browser` installs)
driven by Playwright: the one way this project opens a page, for the
screenshots of `headroom screenshots` and the browser tests; and the
dashboard they open, started on a free port (`running_dashboard`)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from headroom.errors import UsageError

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 1000}


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise UsageError("Chromium is not installed: `make browser` installs it (Debian's package).")
    return found


@contextlib.contextmanager
def page():
    """A fresh tab of headless Chromium; its JavaScript errors gather in
    `tab.errors`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
        try:
            tab = browser.new_page(viewport=VIEWPORT)
            errors: list[str] = []
            tab.on("pageerror", lambda exc: errors.append(str(exc)))
            tab.errors = errors  # type: ignore[attr-defined]
            yield tab
        finally:
            browser.close()


def wait_for_streamlit(tab, timeout_ms: int = 60_000) -> None:
    """Blocks until a Streamlit page has drawn and its script has finished."""
    tab.wait_for_selector("h1", timeout=timeout_ms)
    # the status widget shows while the script runs; grey skeletons stand
    # where an element is still to be drawn
    tab.wait_for_function(
        "!document.querySelector(\"[data-testid='stStatusWidget'], [data-testid='stSkeleton']\")",
        timeout=timeout_ms)


def wait_for_charts(tab, timeout_ms: int = 30_000) -> None:
    """Blocks until every Plotly chart on the page has drawn (they draw
    after the script ends, and again when the window is resized)."""
    tab.wait_for_function(
        "[...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
        ".every(c => c.querySelector('.main-svg'))", timeout=timeout_ms)
    tab.wait_for_timeout(500)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise UsageError(f"the dashboard exited: {(proc.stdout.read() if proc.stdout else '')[-500:]}")
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise UsageError(f"the dashboard did not answer on {url} within {seconds:.0f} s")


@contextlib.contextmanager
def running_dashboard(project_root: Path, env: dict, seconds: float = 90):
    """`headroom dashboard` on a free port with `env` (the warehouse and
    database it reads); yields its URL once it answers, stops it after."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "headroom.cli", "dashboard", "--port", str(port)],
                            cwd=project_root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_until_up(url, proc, seconds)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def metric_tiles(tab) -> dict[str, str]:
    """The page's metric tiles as shown: label -> value."""
    return dict(zip(tab.locator("[data-testid='stMetricLabel']").all_inner_texts(),
                    tab.locator("[data-testid='stMetricValue']").all_inner_texts()))
