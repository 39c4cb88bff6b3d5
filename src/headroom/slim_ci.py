"""`headroom ci --state DIR`: Slim CI, the way dbt teams build a pull
request (decision 29, docs/operations.md).

Only what the checkout changes against production is built and tested:
`dbt build --select state:modified+ --defer --state DIR`, where DIR holds
production's manifest.json (the daily job keeps one per database, in
`.headroom/production/<database>/`). The build lands in schemas prefixed
`ci_` (the var schema_prefix) beside production's, in the same database, so
a ref to a node the build did not make reads production's relation (dbt's
--defer; PostgreSQL cannot read across databases). Production's schemas are
never written; the `ci_` schemas of the previous CI build are dropped first.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import psycopg

from headroom import days, joblock, settings
from headroom.errors import UsageError
from headroom.tools import child_env, tool

PREFIX = "ci_"
MANIFEST = "manifest.json"
RECORD = "production.json"


def _say(message: str) -> None:
    print(f"headroom: ci: {message}", flush=True)


def production_dir(database: str) -> Path:
    """Where the daily job keeps production's artifacts for `database`."""
    return settings.state_dir() / "production" / database


def keep_production_state(target: Path, database: str, as_of: dt.date, invocation_id: str) -> Path:
    """Copies a successful production build's manifest where `headroom ci`
    looks for it by default, with the as-of day it was built for."""
    into = production_dir(database)
    into.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target / MANIFEST, into / f".{MANIFEST}.new")
    (into / f".{MANIFEST}.new").replace(into / MANIFEST)  # never half a manifest
    (into / RECORD).write_text(json.dumps({
        "database": database, "as_of": str(as_of), "invocation_id": invocation_id,
        "kept_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }, indent=2) + "\n")
    return into


def _production_record(state: Path, database: str) -> dict:
    if not (state / MANIFEST).is_file():
        raise UsageError(
            f"no production manifest in {state}: run `headroom daily` on production first (it keeps one in "
            f"{production_dir(database)}), or copy production's target/{MANIFEST} into that folder."
        )
    _check_manifest(state / MANIFEST)
    record = state / RECORD
    kept = _read_json(record, "a record of the production build") if record.is_file() else {}
    if not isinstance(kept, dict):
        raise UsageError(f"{record} is not a record of the production build (a JSON object); "
                         "`headroom daily` writes it beside the manifest.")
    built_for = kept.get("database")
    if built_for and built_for != database:
        raise UsageError(f"the manifest in {state} is database {built_for}'s, not {database}'s: "
                         "Slim CI defers to production in the same database.")
    return kept


def _read_json(path: Path, what: str):
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path} is not {what}: it cannot be read as JSON ({str(exc).splitlines()[0]}).") from None


def _check_manifest(path: Path) -> None:
    """A file dbt can defer to: JSON with dbt's manifest metadata and nodes,
    not an artifact store's error page or a half-copied file. Checked before
    anything is dropped or built, so a bad one changes nothing."""
    manifest = _read_json(path, "a dbt manifest")
    metadata = manifest.get("metadata") if isinstance(manifest, dict) else None
    version = metadata.get("dbt_schema_version", "") if isinstance(metadata, dict) else ""
    if "/manifest/" not in str(version) or not isinstance(manifest.get("nodes"), dict):
        raise UsageError(f"{path} is JSON but not a dbt manifest (no manifest schema version or nodes): copy "
                         f"production's target/{MANIFEST} there again.")


def _drop_previous_build(conninfo: str) -> list[str]:
    """Drops the schemas of the last CI build (ci_*), nothing else."""
    with psycopg.connect(conninfo, autocommit=True) as conn:
        names = [row[0] for row in conn.execute(
            "select nspname from pg_catalog.pg_namespace where nspname like %s order by 1",
            (PREFIX.replace("_", r"\_") + "%",),
        )]
        for name in names:
            conn.execute(f'drop schema "{name}" cascade')
    return names


def run(state: Path, as_of: dt.date | None) -> int:
    wh = settings.resolve()
    state = state.resolve()
    kept = _production_record(state, wh.database)
    with joblock.exclusive(wh, "Slim CI"):
        return _run(wh, state, kept, as_of)


def _run(wh: settings.Warehouse, state: Path, kept: dict, as_of: dt.date | None) -> int:
    if as_of is None:
        as_of = days.parse_day(kept["as_of"], f"as_of in {state / RECORD}") if kept.get("as_of") else days.today_utc()
    env = child_env(wh)
    target = Path(env.get("DBT_TARGET_PATH") or settings.project_root() / "target") / "ci"
    env["DBT_TARGET_PATH"] = str(target)

    dropped = _drop_previous_build(wh.conninfo())
    if dropped:
        _say(f"dropped the last CI build's schemas: {', '.join(dropped)}")
    _say(f"building what changed against {state / MANIFEST} (as of {as_of}) into {PREFIX}* schemas")
    code = subprocess.run(
        [tool("dbt"), "build", "--select", "state:modified+", "--defer", "--state", str(state),
         "--vars", f"{{as_of_date: '{as_of}', schema_prefix: '{PREFIX}'}}"],
        env=env, cwd=settings.project_root(),
    ).returncode
    results = target / "run_results.json"
    built = []
    if results.is_file():
        built = [r["unique_id"] for r in json.loads(results.read_text())["results"]
                 if r["unique_id"].split(".")[0] in ("model", "seed", "snapshot")]
    if code == 0:
        what = f"{len(built)} changed node(s) and their children built and tested" if built else "nothing changed"
        _say(f"passed: {what}; production untouched (results: {results})")
    else:
        _say(f"failed (dbt exit {code}): see the errors above and {results}")
    return code
