"""The app tables' freshness as `dbt source freshness` left it in
target/sources.json: one row per table, with its SLA in hours. Read by
`headroom daily` (which records it in monitoring.source_freshness) and by
`headroom summary`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

HOURS_PER = {"minute": 1 / 60, "hour": 1, "day": 24}


@dataclass(frozen=True)
class Freshness:
    source_table: str
    status: str
    max_loaded_at: str | None
    snapshotted_at: str | None
    age_hours: float | None
    warn_after_hours: float | None
    error_after_hours: float | None


def _hours(criterion: dict | None) -> float | None:
    if not criterion or criterion.get("count") is None:
        return None
    return criterion["count"] * HOURS_PER[criterion["period"]]


def rows(sources: dict) -> list[Freshness]:
    out = []
    for result in sources["results"]:
        criteria = result.get("criteria") or {}
        age = result.get("max_loaded_at_time_ago_in_s")
        out.append(Freshness(
            source_table="app." + result["unique_id"].rsplit(".", 1)[-1],
            status=result["status"],
            max_loaded_at=result.get("max_loaded_at"),
            snapshotted_at=result.get("snapshotted_at"),
            age_hours=None if age is None else round(age / 3600, 2),
            warn_after_hours=_hours(criteria.get("warn_after")),
            error_after_hours=_hours(criteria.get("error_after")),
        ))
    return out


def read(target: Path) -> dict | None:
    path = target / "sources.json"
    return json.loads(path.read_text()) if path.exists() else None
