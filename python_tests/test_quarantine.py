"""What `make test` built: every injected defect is in the quarantine with
the right reason, nothing else is, and no injected row reaches staging."""

import psycopg

from headroom.simulator.generate import CONFORMED_CLASSES

STAGED = {
    "users": ("stg_app__users", "user_id"),
    "team_members": ("stg_app__team_members", "team_member_id"),
    "projects": ("stg_app__projects", "project_id"),
    "allocations": ("stg_app__allocations", "allocation_id"),
    "time_off": ("stg_app__time_off", "time_off_id"),
    "actuals": ("stg_app__actuals", "actual_id"),
}


def test_quarantine_equals_the_injected_defects(wh, built_db):
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        injected = conn.execute(
            "select count(*) from simulator.defects where defect_class <> all(%s)",
            (list(CONFORMED_CLASSES),),
        ).fetchone()[0]
        mismatches = conn.execute(
            """
            with truth as (
                select table_name, row_id, defect_class from simulator.defects
                where defect_class <> all(%s)
            )
            select t.table_name, t.row_id, t.defect_class, q.source_table, q.source_id, q.reason_code
            from truth t
            full join quality.dq_rejected_rows q
                on q.source_table = t.table_name and q.source_id = t.row_id
            where t.row_id is null or q.source_id is null or q.reason_code <> t.defect_class
            limit 20
            """,
            (list(CONFORMED_CLASSES),),
        ).fetchall()
    assert injected > 100, "the test database should carry defects (make test injects them)"
    assert mismatches == []


def test_no_injected_row_reaches_staging(wh, built_db):
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        for table, (model, key) in STAGED.items():
            leaked = conn.execute(
                f"""
                select count(*) from staging.{model} s
                join simulator.defects d on d.table_name = %s and d.row_id = s.{key}
                where d.defect_class <> all(%s)
                """,
                (table, list(CONFORMED_CLASSES)),
            ).fetchone()[0]
            assert leaked == 0, table


def test_role_variants_are_conformed_not_rejected(wh, built_db):
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        variants = conn.execute(
            """
            select s.role_raw, s.role_key from staging.stg_app__team_members s
            join simulator.defects d on d.table_name = 'team_members' and d.row_id = s.team_member_id
            where d.defect_class = 'role_variant'
            """
        ).fetchall()
        keys = {r[0] for r in conn.execute("select role_key from reference.roles").fetchall()}
    assert variants, "make test injects role variants"
    for raw, key in variants:
        assert key in keys, (raw, key)
