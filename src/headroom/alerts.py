"""One alert per daily run that found something (decision 28).

The message is Slack-compatible (`text`) and structured (what, where, since
when, a link to the run's record). When HEADROOM_ALERT_WEBHOOK is set it is
POSTed there as JSON, retried with backoff on a network error or a 5xx/429
answer; without a webhook it is not sent, and says so. Either way the alert
and how it was delivered are written to monitoring.alerts.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

WEBHOOK_ENV = "HEADROOM_ALERT_WEBHOOK"
ATTEMPTS = 4
FIRST_DELAY_SECONDS = 1.0
# one attempt, start to end, however slowly the endpoint answers (a socket
# timeout is per read: an endpoint that trickles a byte every few seconds
# never trips it); and all attempts and waits together
ATTEMPT_SECONDS = 10.0
TOTAL_SECONDS = 60.0


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


def _post(webhook: str, data: bytes, seconds: float) -> tuple[str, int | None]:
    """One POST, given `seconds` from start to end: ("ok", status),
    ("http", code), ("error", None) with the reason in the status's place,
    or ("timeout", None). The request runs in a thread of its own that is
    abandoned (a daemon) when the deadline passes."""
    outcome: list = []

    def attempt() -> None:
        request = urllib.request.Request(webhook, data=data, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=seconds) as answer:
                answer.read()
                outcome.append(("ok", answer.status))
        except urllib.error.HTTPError as exc:
            outcome.append(("http", exc.code))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            outcome.append(("error", str(getattr(exc, "reason", exc))))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(seconds)
    return outcome[0] if outcome else ("timeout", None)


def deliver(body: dict, webhook: str | None, sleep=time.sleep, attempt_seconds: float = ATTEMPT_SECONDS,
            total_seconds: float = TOTAL_SECONDS) -> str:
    """POSTs the body to the webhook, with retries; returns how it went (one
    line, for monitoring.alerts.delivery). Never raises, and never takes
    longer than total_seconds: each attempt has attempt_seconds from start
    to end, and no attempt starts that could not end in time."""
    if not webhook:
        return f"not sent: {WEBHOOK_ENV} is not set"
    data = json.dumps(body).encode()
    delay = FIRST_DELAY_SECONDS
    last = ""
    started = time.monotonic()
    for attempt in range(1, ATTEMPTS + 1):
        kind, value = _post(webhook, data, attempt_seconds)
        if kind == "ok":
            return f"sent: HTTP {value} after {attempt} attempt(s)"
        if kind == "http":
            last = f"HTTP {value}"
            if value < 500 and value != 429:
                return f"refused: {last} (not retried)"
        elif kind == "timeout":
            last = f"no answer within {attempt_seconds:g} s"
        else:
            last = str(value)
        if attempt == ATTEMPTS:
            break
        if time.monotonic() - started + delay + attempt_seconds > total_seconds:
            return f"failed: {last} after {attempt} attempt(s) (the job's {total_seconds:g} s for alerts is spent)"
        sleep(delay)
        delay *= 2
    return f"failed: {last} after {ATTEMPTS} attempts"
