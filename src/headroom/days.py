"""The one meaning of "today" and the one check of a day the user types.

Today is the current day in UTC, as in dbt's `as_of_date()` default (the
run's start in UTC): the loader, the daily job, Slim CI and the benchmark
all take it from here, so a run near midnight on a machine in another time
zone never loads the app as of one day and builds it as of another.
"""

from __future__ import annotations

import datetime as dt

from headroom.errors import UsageError


def today_utc() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def parse_day(raw: object, what: str = "") -> dt.date:
    """A real calendar day in the form YYYY-MM-DD, else one clear line."""
    try:
        return dt.date.fromisoformat(str(raw).strip())
    except ValueError:
        subject = f"{what}={raw}" if what else repr(raw)
        raise UsageError(f"{subject} is not a real calendar day in the form YYYY-MM-DD.") from None
