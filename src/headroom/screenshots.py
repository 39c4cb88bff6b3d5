"""`headroom screenshots` (make screenshots): every dashboard page and the
docs site's overview in headless Chromium, saved as PNG files in
docs/screenshots/ for the README's gallery. Run it on the warehouse
`make run` built (scale 1): it starts the dashboard on a free port,
opens each page by its own URL, waits for it to finish drawing, and
stops the dashboard again."""

from __future__ import annotations

from pathlib import Path

from headroom import browser, settings
from headroom.errors import UsageError
from headroom.tools import child_env

# (file name, URL path): the dashboard's pages (dashboard/app.py)
PAGES = [
    ("start", ""), ("headroom", "headroom"), ("utilization", "utilization"), ("staffing", "staffing"),
    ("forecast", "forecast"), ("pipeline", "pipeline"), ("budget", "budget"), ("accuracy", "accuracy"),
    ("health", "health"),
]


def _say(message: str) -> None:
    print(f"headroom: screenshots: {message}", flush=True)


def run(out: Path) -> int:
    browser.chromium_path()  # one clear line before anything starts when there is none
    out.mkdir(parents=True, exist_ok=True)
    with browser.running_dashboard(settings.project_root(), child_env(settings.resolve())) as url, \
            browser.page() as tab:
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
    _say(f"{len(PAGES)} pages saved in {out}")
    return 0
