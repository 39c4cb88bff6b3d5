import csv
import datetime as dt

from headroom import calendar
from conftest import ROOT


def test_weekend_holidays_move_to_the_observed_weekday():
    seen = {day for _, _, day in calendar.observed_holidays(2021, 2027)}
    assert dt.date(2021, 12, 31) in seen  # New Year 2022 fell on a Saturday
    assert dt.date(2022, 12, 26) in seen  # Christmas 2022 fell on a Sunday
    assert dt.date(2026, 7, 3) in seen  # Independence Day 2026 is a Saturday
    assert dt.date(2026, 7, 4) not in seen
    assert dt.date(2026, 11, 26) in seen  # Thanksgiving: fourth Thursday


def test_seed_equals_the_calendar():
    with open(ROOT / "seeds" / "public_holidays.csv") as handle:
        rows = [(r["holiday_on"], r["holiday_name"]) for r in csv.DictReader(handle)]
    expected = sorted((seen.isoformat(), name) for name, _, seen in calendar.observed_holidays(2020, 2030))
    assert sorted(rows) == expected
    years = {int(day[:4]) for day, _ in rows}
    assert set(range(2023, 2029)) <= years
