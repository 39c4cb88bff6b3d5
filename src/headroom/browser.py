"""Headless Chromium (Debian's `chromium`, which `make browser` installs)
driven by Playwright: the one way this project opens a page, for the
screenshots of `headroom screenshots` and the browser tests."""

from __future__ import annotations

import contextlib
import shutil

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
    tab.wait_for_function("!document.querySelector(\"[data-testid='stStatusWidget']\")", timeout=timeout_ms)


def wait_for_charts(tab, timeout_ms: int = 30_000) -> None:
    """Blocks until every Plotly chart on the page has drawn (they draw
    after the script ends, and again when the window is resized)."""
    tab.wait_for_function(
        "[...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
        ".every(c => c.querySelector('.main-svg'))", timeout=timeout_ms)
    tab.wait_for_timeout(500)
