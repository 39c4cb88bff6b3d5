"""Headless Chromium (Debian's `chromium`, which `make test` installs) driven
by Playwright, for the docs site and the dashboard. Screenshots land in
target/test-artifacts/."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from conftest import ROOT

ARTIFACTS = ROOT / "target" / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("Chromium is not installed: `make test` installs it (make browser)")
    return found


@contextlib.contextmanager
def page():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            tab.on("pageerror", lambda exc: errors.append(str(exc)))
            tab.errors = errors  # type: ignore[attr-defined]
            yield tab
        finally:
            browser.close()


def screenshot(tab, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000, f"{path} is nearly empty"
    return path
