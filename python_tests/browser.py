"""The tests' side of headless Chromium (src/headroom/browser.py opens the
pages): screenshots land in target/test-artifacts/."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from conftest import ROOT
from headroom import browser
from headroom.errors import UsageError

ARTIFACTS = ROOT / "target" / "test-artifacts"


@contextlib.contextmanager
def page():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        browser.chromium_path()
    except UsageError as exc:
        pytest.fail(str(exc))
    with browser.page() as tab:
        yield tab


def screenshot(tab, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000, f"{path} is nearly empty"
    return path
