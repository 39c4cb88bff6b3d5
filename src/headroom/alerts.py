"""One alert per daily run that found something (decision 28).

The message is Slack-compatible (`text`) and structured (what, where, since
when, a link to the run's record). When HEADROOM_ALERT_WEBHOOK is set it is
POSTed there as JSON, retried with backoff on a network error or a 5xx/429
answer; without a webhook it is not sent, and says so. Either way the alert
and how it was delivered are written to monitoring.alerts.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

WEBHOOK_ENV = "HEADROOM_ALERT_WEBHOOK"
ATTEMPTS = 4
FIRST_DELAY_SECONDS = 1.0
TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class Finding:
    check_name: str
    subject: str
    severity: str
    observed: str
    expected: str
    detail: str


def message(findings: list[Finding], run: dict) -> dict:
    """The alert's JSON body: `text` for Slack, the rest for an incident tool."""
    errors = [f for f in findings if f.severity == "error"]
    head = (
        f"Headroom daily run {'FAILED' if errors else 'has warnings'} "
        f"(as of {run['as_of']}): {len(findings)} finding(s), {len(errors)} error(s)"
    )
    lines = [f"- [{f.severity}] {f.check_name} {f.subject}: {f.detail.splitlines()[0] if f.detail else ''}"
             f" (saw {f.observed}, expected {f.expected})" for f in findings]
    where = f"select * from monitoring.mon_anomalies where invocation_id in ({run['ids_sql']})"
    return {
        "text": "\n".join([head, *lines, f"Where to look: {where}", "Runbook: docs/operations.md"]),
        "status": "error" if errors else "warn",
        "what": [f.__dict__ for f in findings],
        "where": {"database": run["database"], "host": run["host"], "record": where},
        "since": run["started_at"],
        "as_of": run["as_of"],
        "invocations": run["invocations"],
    }


def deliver(body: dict, webhook: str | None, sleep=time.sleep) -> str:
    """POSTs the body to the webhook, with retries; returns how it went (one
    line, for monitoring.alerts.delivery). Never raises."""
    if not webhook:
        return f"not sent: {WEBHOOK_ENV} is not set"
    data = json.dumps(body).encode()
    delay = FIRST_DELAY_SECONDS
    last = ""
    for attempt in range(1, ATTEMPTS + 1):
        request = urllib.request.Request(webhook, data=data, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:
                return f"sent: HTTP {answer.status} after {attempt} attempt(s)"
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
            if exc.code < 500 and exc.code != 429:
                return f"refused: {last} (not retried)"
        except (urllib.error.URLError, OSError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt < ATTEMPTS:
            sleep(delay)
            delay *= 2
    return f"failed: {last} after {ATTEMPTS} attempts"
