"""The firm's calendar: US federal holidays on their observed dates.

One implementation serves the simulator (members do not log hours on a
holiday) and the `public_holidays` seed (`headroom seeds holidays`
rewrites it; a test checks the committed file equals this).
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def federal_holidays(year: int) -> list[tuple[str, dt.date]]:
    """The holidays of a year on their calendar dates (not yet observed)."""
    mon, thu = 0, 3
    days = [
        ("New Year's Day", dt.date(year, 1, 1)),
        ("Birthday of Martin Luther King, Jr.", _nth_weekday(year, 1, mon, 3)),
        ("Washington's Birthday", _nth_weekday(year, 2, mon, 3)),
        ("Memorial Day", _last_weekday(year, 5, mon)),
        ("Independence Day", dt.date(year, 7, 4)),
        ("Labor Day", _nth_weekday(year, 9, mon, 1)),
        ("Columbus Day", _nth_weekday(year, 10, mon, 2)),
        ("Veterans Day", dt.date(year, 11, 11)),
        ("Thanksgiving Day", _nth_weekday(year, 11, thu, 4)),
        ("Christmas Day", dt.date(year, 12, 25)),
    ]
    if year >= 2021:
        days.append(("Juneteenth National Independence Day", dt.date(year, 6, 19)))
    return sorted(days, key=lambda item: item[1])


def observed(day: dt.date) -> dt.date:
    """Saturday holidays are observed on Friday, Sunday ones on Monday."""
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


def observed_holidays(first_year: int, last_year: int) -> Iterator[tuple[str, dt.date, dt.date]]:
    """(name, holiday date, observed date), observed dates within the years."""
    for year in range(first_year - 1, last_year + 2):
        for name, day in federal_holidays(year):
            seen = observed(day)
            if first_year <= seen.year <= last_year:
                yield name, day, seen


def holiday_set(first_year: int, last_year: int) -> frozenset[dt.date]:
    return frozenset(seen for _, _, seen in observed_holidays(first_year, last_year))


def is_working_day(day: dt.date, holidays: frozenset[dt.date]) -> bool:
    return day.weekday() < 5 and day not in holidays
