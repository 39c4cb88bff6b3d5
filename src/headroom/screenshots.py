"""`headroom screenshots` (make screenshots): every dashboard page and the
docs site's overview in headless Chromium, saved as PNG files in
docs/screenshots/ for the README's gallery. Run it on the warehouse
`make run` built (scale 1): it starts the dashboard on a free port,
opens each page by its own URL, waits for it to finish drawing, and
stops the dashboard again."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from headroom import browser, settings
from headroom.errors import UsageError
from headroom.tools import child_env

# (file name, URL path): the dashboard's pages (dashboard/app.py)
PAGES = [
    ("start", ""), ("headroom", "headroom"), ("utilization", "utilization"), ("forecast", "forecast"),
    ("pipeline", "pipeline"), ("budget", "budget"), ("accuracy", "accuracy"), ("health", "health"),
]


def _say(message: str) -> None:
    print(f"headroom: screenshots: {message}", flush=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise UsageError(f"the dashboard exited: {(proc.stdout.read() if proc.stdout else '')[-500:]}")
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise UsageError(f"the dashboard did not answer on {url} within {seconds:.0f} s")


def run(out: Path) -> int:
    browser.chromium_path()  # one clear line before anything starts when there is none
    out.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "headroom.cli", "dashboard", "--port", str(port)],
                            cwd=settings.project_root(), env=child_env(settings.resolve()),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_until_up(url, proc)
        with browser.page() as tab:
            for n, (name, path) in enumerate(PAGES, 1):
                _say(f"{n}/{len(PAGES)} {name}")
                tab.set_viewport_size(browser.VIEWPORT)
                tab.goto(f"{url}/{path}")
                browser.wait_for_streamlit(tab)
                browser.wait_for_charts(tab)
                # the page scrolls inside Streamlit's main block, not the
                # document: a window as tall as its content shows it whole
                height = tab.evaluate(
                    "Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], "
                    "[data-testid=\"stMainBlockContainer\"]')].map(e => e.scrollHeight), 600)")
                tab.set_viewport_size({"width": browser.VIEWPORT["width"], "height": min(int(height) + 40, 6000)})
                browser.wait_for_charts(tab)
                tab.screenshot(path=str(out / f"{name}.png"), full_page=True)
            if tab.errors:
                raise UsageError(f"a page raised in the browser: {tab.errors[0]}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    _say(f"{len(PAGES)} pages saved in {out}")
    return 0
