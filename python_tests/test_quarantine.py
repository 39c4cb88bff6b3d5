"""What `make test` built: every injected defect is in the quarantine with
the right reason, nothing else is, and no injected row reaches staging."""

import psycopg

from headroom.simulator.generate import NOT_REJECTED_CLASSES

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
            (list(NOT_REJECTED_CLASSES),),
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
            (list(NOT_REJECTED_CLASSES),),
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
                (table, list(NOT_REJECTED_CLASSES)),
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


def test_a_fixed_fee_without_a_price_is_kept_and_listed_not_rejected(wh, built_db):
    """Contract v3's Fixed Fee defect: the project and its hours stay, its
    fee is unknown (null) and quality.dq_invalid_values says why."""
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        planted = {r[0] for r in conn.execute(
            "select row_id from simulator.defects where defect_class = 'fixed_fee_missing'")}
        listed = {r[0] for r in conn.execute(
            "select source_id from quality.dq_invalid_values"
            " where source_table = 'projects' and column_name = 'fixed_fee'")}
        staged = conn.execute(
            "select count(*), count(fixed_fee), bool_and(is_fixed_fee_missing) from staging.stg_app__projects"
            " where project_id = any(%s)", (list(planted),)).fetchone()
    assert planted, "make test plants Fixed Fee projects without a price"
    assert listed == planted
    assert staged == (len(planted), 0, True)
