import pytest

from headroom import settings
from headroom.errors import UsageError


def test_embedded_when_no_pghost():
    wh = settings.resolve({"HEADROOM_PG_PORT": "55555"})
    assert wh.embedded and wh.host == "127.0.0.1" and wh.port == 55555
    assert wh.env()["PGTZ"] == "UTC"


def test_external_when_pghost_is_set():
    wh = settings.resolve({"PGHOST": "db.internal", "PGPORT": "6543", "PGUSER": "ana", "PGPASSWORD": "s", "PGDATABASE": "wh"})
    assert not wh.embedded
    assert (wh.host, wh.port, wh.user, wh.database) == ("db.internal", 6543, "ana", "wh")
    assert wh.env()["PGPASSWORD"] == "s"


@pytest.mark.parametrize("env", [{"PGHOST": "x", "PGPORT": "abc"}, {"HEADROOM_PG_PORT": "70000"}])
def test_bad_port_is_a_clear_usage_error(env):
    with pytest.raises(UsageError, match="(?i)port"):
        settings.resolve(env)


def test_database_names_that_reach_sql_are_checked():
    with pytest.raises(UsageError, match="PGDATABASE"):
        settings.resolve({"PGDATABASE": 'x"; drop table y; --'})
