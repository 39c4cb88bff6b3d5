"""The marts' shape is a promise: a change that breaks a mart's contract
fails the build with a clear contract error, and the mart the dashboards
read stays as it was.

Each test edits a copy of the project (never the repository) and builds
the one mart against the test database."""

from __future__ import annotations

import shutil

import psycopg
import pytest

from conftest import ROOT, run_cli

PROJECT_PARTS = ("dbt_project.yml", "profiles.yml.example", "models", "macros", "seeds", "snapshots", "tests", "analyses")


@pytest.fixture
def project_copy(tmp_path):
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, tmp_path / part)
        elif src.exists():
            shutil.copy2(src, tmp_path / part)
    return tmp_path


def _mart_shape(conninfo: str) -> tuple[list, int]:
    with psycopg.connect(conninfo) as conn:
        columns = conn.execute(
            "select column_name, data_type from information_schema.columns"
            " where table_schema = 'marts' and table_name = 'dim_projects' order by ordinal_position"
        ).fetchall()
        rows = conn.execute("select count(*) from marts.dim_projects").fetchone()[0]
    return columns, rows


def _build_dim_projects(wh, project, test_as_of):
    # The copy has no embedded server of its own: it points at the suite's
    # through the libpq variables, on purpose.
    return run_cli(
        "dbt", "build", "--select", "dim_projects", "--vars", f"{{as_of_date: {test_as_of}}}",
        env={"HEADROOM_PROJECT_DIR": str(project), **wh.env()},
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("        project_code,\n", "        project_code as code,\n", "project_code"),
        ("        project_id,\n", "        cast(project_id as text) as project_id,\n", "data type mismatch"),
    ],
    ids=["renamed-column", "retyped-column"],
)
def test_breaking_a_mart_contract_fails_and_keeps_the_mart(wh, built_db, project_copy, test_as_of, old, new, expected):
    model = project_copy / "models" / "marts" / "projects" / "dim_projects.sql"
    sql = model.read_text()
    assert old in sql
    model.write_text(sql.replace(old, new, 1))
    before = _mart_shape(wh.conninfo(built_db))

    result = _build_dim_projects(wh, project_copy, test_as_of)

    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "This model has an enforced contract that failed" in output
    assert expected in output
    assert _mart_shape(wh.conninfo(built_db)) == before


def test_the_unchanged_copy_builds(wh, built_db, project_copy, test_as_of):
    """The control: the same copy, unedited, passes; so the failures above
    come from the edits."""
    result = _build_dim_projects(wh, project_copy, test_as_of)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("flag", [True, False], ids=["with the flag", "without it (the control)"])
def test_a_failed_check_before_the_build_replaces_nothing(wh, built_db, project_copy, test_as_of, flag):
    """An on-run-start hook that fails at run time (a role it may not
    create, a lock, a full disk) must stop every node: dbt's behaviour flag
    skip_nodes_if_on_run_start_fails (decision 26) skips them all. Here a
    hook that divides by zero stands for the failed check; the control
    turns the flag off and dbt builds on, replacing the mart."""
    project = project_copy / "dbt_project.yml"
    text = project.read_text()
    assert '  - "{{ create_roles() }}"' in text and "skip_nodes_if_on_run_start_fails: true" in text
    text = text.replace('  - "{{ create_roles() }}"', '  - "select 1 / 0"\n  - "{{ create_roles() }}"')
    if not flag:
        text = text.replace("skip_nodes_if_on_run_start_fails: true", "skip_nodes_if_on_run_start_fails: false")
    project.write_text(text)
    oid = "select 'marts.dim_projects'::regclass::oid"
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        before = conn.execute(oid).fetchone()
    result = _build_dim_projects(wh, project_copy, test_as_of)
    assert result.returncode != 0
    assert "division by zero" in result.stdout, result.stdout[-2000:]
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        after = conn.execute(oid).fetchone()
    if flag:
        assert "SKIP relation marts.dim_projects" in result.stdout, result.stdout[-2000:]
        assert after == before  # the same table: never replaced
    else:
        assert after != before  # dbt built on after the failed hook
