"""`headroom app resync`: the replica rebuilt, as a replication service
does after a failover or a restore (contract v3, "The replica").

Every row of every app table takes a new `_replicated_at`, the epoch in
`app._replica_state` goes up, and the deletes made while the replica was
being rebuilt are lost: `--lose-deletes N` deletes N recent actuals rows
outright without writing them to `app._deleted_rows`, and the log itself
starts empty. The warehouse must notice the new epoch and compare
everything once (decision 39).
"""

from __future__ import annotations

import psycopg

from headroom.errors import UsageError
from headroom.simulator import schema


def resync(conninfo: str, lose_deletes: int = 0) -> dict[str, int]:
    if lose_deletes < 0:
        raise UsageError(f"--lose-deletes {lose_deletes} is below 0.")
    done: dict[str, int] = {}
    with psycopg.connect(conninfo) as conn:
        found = conn.execute("select to_regclass('app._replica_state')").fetchone()[0]
        if found is None:
            raise UsageError("no simulated replica here: run `headroom app generate` first.")
        if lose_deletes:
            # the gap: deletes the rebuilt replica applied but never logged
            conn.execute("set local session_replication_role = replica")
            cur = conn.execute(
                """
                delete from app.actuals
                where id in (
                    select a.id from app.actuals a
                    where not exists (
                        select 1 from simulator.defects d
                        where d.table_name = 'actuals' and d.row_id = a.id
                    )
                    order by a.worked_on desc, a.id
                    limit %s
                )
                """,
                (lose_deletes,),
            )
            done["deletes lost"] = cur.rowcount or 0
            conn.execute("set local session_replication_role = origin")
        conn.execute(f"truncate app.{schema.DELETE_LOG}")
        # TRUNCATE's own trigger logs the log's truncate on no app table:
        # the log has no trigger, so it starts empty
        for table in schema.APP_TABLES:
            cur = conn.execute(f"update app.{table} set {schema.REPLICA_COLUMN} = now()")
            done[f"{table} restamped"] = cur.rowcount or 0
        epoch = conn.execute(
            f"update app.{schema.REPLICA_STATE} set epoch = epoch + 1, resynced_at = now() returning epoch"
        ).fetchone()[0]
        done["epoch"] = int(epoch)
        conn.commit()
    return done
