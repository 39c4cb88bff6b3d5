"""What a simulated firm is made from: its size, seed and as-of day
(Config), and the random streams every part of the simulator draws from,
one per (seed, kind, id), so the same config always gives the same app."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

DAY = dt.timedelta(days=1)


HISTORY_YEARS = 3


PLAN_DAYS = 365


@dataclass(frozen=True)
class Config:
    scale: float
    seed: int
    as_of: dt.date
    defect_rate: float = 0.0

    @property
    def history_start(self) -> dt.date:
        return self.as_of.replace(year=self.as_of.year - HISTORY_YEARS, day=1)

    @property
    def plan_end(self) -> dt.date:
        return self.as_of + dt.timedelta(days=PLAN_DAYS)

    @property
    def tracking_launch(self) -> dt.date:
        """The day actuals tracking launched; earlier days were backfilled."""
        return self.history_start + dt.timedelta(days=182)

    @property
    def n_members(self) -> int:
        return max(5, round(250 * self.scale))

    @property
    def n_placeholders(self) -> int:
        """Placeholders (contract v3): roles the planners are short of, about
        one for every 25 members; ids follow the members'."""
        return max(1, round(self.n_members / 25))

    @property
    def n_projects(self) -> int:
        return max(8, round(400 * self.scale))


class _Random(random.Random):
    """random.Random with randint and choice drawn from one random() call:
    the standard ones go through randrange and getrandbits, and were a
    sixth of the generator's time. Same distributions, another stream."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


def rng_for(cfg: Config, kind: str, key: int = 0) -> random.Random:
    return _Random(f"{cfg.seed}:{kind}:{key}")


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)
