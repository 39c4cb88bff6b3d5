"""The incremental toolkit (macros/incremental/) proved on hand-made rows:
the integration-test project integration_tests/incremental, built three
times (step 1 full, step 2 an edit, a soft delete, a new row and a parent's
new rate, step 3 the reference data corrected and a member gone) on a
database of its own. Its singular tests hold every result to values worked
out by hand from the scenario (integration_tests/incremental/README.md).

And the tests can fail: with one rule of the toolkit removed (a parent's
stamp no longer re-reads its rows), the second build fails the test that
holds that rule."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import ROOT, fresh_database, run_cli

PROJECT = Path("integration_tests") / "incremental"


def build_steps(wh, database: str, project_root: Path, target: Path, steps=(1, 2, 3)) -> list:
    """`dbt build` of the integration project once per step, in order;
    returns each step's CompletedProcess (stopping at the first failure)."""
    from headroom.tools import child_env

    env = {**child_env(wh, database), "HEADROOM_PROJECT_DIR": str(project_root), "DBT_TARGET_PATH": str(target),
           "DBT_LOG_PATH": str(target / "logs")}
    results = []
    for step in steps:
        result = run_cli("dbt", "build", "--project-dir", str(project_root / PROJECT), "--vars", f"{{step: {step}}}",
                         env=env)
        results.append(result)
        if result.returncode != 0:
            break
    return results


def test_every_macro_gives_the_hand_computed_rows(wh, tmp_path):
    with fresh_database(wh, "headroom_toolkit"):
        results = build_steps(wh, "headroom_toolkit", ROOT, tmp_path / "target")
    for step, result in enumerate(results, start=1):
        assert result.returncode == 0, f"step {step}:\n" + result.stdout[-4000:]
        # every test of the project ran, and passed
        assert "PASS=20 WARN=0 ERROR=0 SKIP=0" in result.stdout, f"step {step}:\n" + result.stdout[-2000:]
    assert len(results) == 3


def test_a_rule_removed_fails_its_test(wh, tmp_path):
    """Mutation: changed_since_last_build without its parents. Row 4 is no
    longer re-priced when its member's rate changes; step 2 must fail on
    the test that holds it."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "macros", copy / "macros")
    shutil.copytree(ROOT / PROJECT, copy / PROJECT, ignore=shutil.ignore_patterns("target", "logs"))
    macro = copy / "macros" / "incremental" / "changed_since_last_build.sql"
    text = macro.read_text()
    assert "{%- for column, relation in parents %}" in text
    macro.write_text(text.replace("{%- for column, relation in parents %}", "{%- for column, relation in [] %}"))
    with fresh_database(wh, "headroom_toolkit_mutant"):
        results = build_steps(wh, "headroom_toolkit_mutant", copy, tmp_path / "target", steps=(1, 2))
    assert results[0].returncode == 0, results[0].stdout[-3000:]
    assert len(results) == 2 and results[1].returncode != 0, results[-1].stdout[-3000:]
    assert re.search(r"FAIL \d+ assert_rows_read_since_the_watermark", results[1].stdout), results[1].stdout[-3000:]
