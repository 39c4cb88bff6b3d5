"""FX known on the as-of day (the contract's business rules): a month that
needs a rate and has none stops the build with a message naming currency
and month, and leaves the previous table (and every mart) as it was."""

from __future__ import annotations

import psycopg

from conftest import run_cli


def fx_table(conninfo: str) -> list[tuple]:
    with psycopg.connect(conninfo) as conn:
        return conn.execute(
            "select month_start, currency, usd_per_unit from intermediate.int_fx_rates_monthly order by 1, 2"
        ).fetchall()


def test_a_missing_month_stops_the_build_naming_currency_and_months(wh, built_db, tmp_path):
    before = fx_table(wh.conninfo(built_db))
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        last_seed_month = conn.execute("select max(month_start) from reference.fx_rates").fetchone()[0]
        in_use = [r[0] for r in conn.execute(
            "select distinct currency from staging.stg_app__projects"
            " where not is_deleted and currency <> 'USD' order by 1"
        ).fetchall()]
    assert in_use, "the simulated firm has no project in a foreign currency"
    # Three months past the seed's last month (written out by hand: the seed
    # ends in December 2028, so January, February and March 2029 lack rates).
    assert str(last_seed_month) == "2028-12-01", f"the seed now ends in {last_seed_month}: move this test's dates"
    as_of = "2029-03-15"
    result = run_cli("dbt", "build", "--select", "int_fx_rates_monthly", "--vars", f"{{as_of_date: {as_of}}}",
                     env={"DBT_TARGET_PATH": str(tmp_path / "target")})
    assert result.returncode != 0
    output = result.stdout + result.stderr
    for currency in in_use:
        assert f"{currency} in 3 months from 2029-01 to 2029-03" in output, output[-3000:]
    assert "seeds/fx_rates.csv" in output
    assert "Traceback" not in output
    # the failed post-hook rolled the model back: the table is the one before
    assert fx_table(wh.conninfo(built_db)) == before


def test_later_months_take_the_rate_known_on_the_as_of_day(wh, built_db, test_as_of):
    with psycopg.connect(wh.conninfo(built_db)) as conn:
        rows = conn.execute(
            """
            select fx.currency, fx.usd_per_unit, seed.usd_per_unit
            from intermediate.int_fx_rates_monthly as fx
            join reference.fx_rates as seed
              on seed.currency = fx.currency
             and seed.month_start = date_trunc('month', %s::date)
            where fx.month_start = date_trunc('month', %s::date) + interval '5 months'
            """,
            (test_as_of, test_as_of),
        ).fetchall()
    assert rows
    for currency, future_rate, as_of_month_rate in rows:
        assert future_rate == as_of_month_rate, currency
