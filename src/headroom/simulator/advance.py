"""`headroom app advance --days N`: the app moves on one day at a time.

Each simulated day, in one transaction, does what the real app sees in a
day: hours logged for the day (and late ones for a few days back), edits,
soft deletes and restores of recent actuals, status changes along the
workflow, rate and role edits, new projects and members, leavers. Every
edit moves updated_at. What changed is recorded in the `simulator` schema
(status_changes, member_changes) as the truth snapshots are checked with.

Rows the simulator injected as defects are never edited, so the defect log
stays true. `advance` injects no new defects.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import psycopg

from headroom import calendar
from headroom.errors import UsageError
from headroom.simulator import firm

# Workflow moves: (from, to, daily probability, extra condition in SQL).
STATUS_MOVES = [
    (firm.INITIAL, firm.PROPOSAL, 0.04, "true"),
    (firm.PROPOSAL, firm.CONFIRMED, 0.03, "true"),
    (firm.PROPOSAL, firm.CANCELLED, 0.006, "true"),
    (firm.CONFIRMED, firm.IN_PROGRESS, 0.5, "p.starts_on <= %(day)s"),
    (firm.IN_PROGRESS, firm.ON_HOLD, 0.002, "true"),
    (firm.ON_HOLD, firm.IN_PROGRESS, 0.03, "true"),
    (firm.IN_PROGRESS, firm.COMPLETED, 0.5, "p.ends_on < %(day)s"),
]

NOT_A_DEFECT = """not exists (
    select 1 from simulator.defects d
    where d.table_name = '{table}' and d.row_id = {alias}.id
)"""


def _clock(conn: psycopg.Connection) -> tuple[dt.date, int, float]:
    try:
        row = conn.execute("select current_day, seed, scale from simulator.clock").fetchone()
    except psycopg.errors.UndefinedTable:
        raise UsageError("no simulated app database here: run `headroom app generate` first.") from None
    if row is None:
        raise UsageError("the simulator clock is empty: run `headroom app generate` first.")
    return row[0], int(row[1]), float(row[2])


def _seed(conn: psycopg.Connection, seed: int, day: dt.date, step: int) -> None:
    # random() in PostgreSQL follows setseed: the same clock and seed give
    # the same day.
    value = ((seed * 7919 + day.toordinal() * 31 + step) % 2_000_000) / 2_000_000.0
    conn.execute("select setseed(%s)", (value,))


def advance_one_day(conn: psycopg.Connection, day: dt.date, seed: int, scale: float, working: bool) -> dict[str, int]:
    done: dict[str, int] = {}
    params = {"day": day, "ts": dt.datetime(day.year, day.month, day.day, 18, 0, 0)}

    def run(name: str, sql: str, step: int, extra: dict | None = None) -> None:
        _seed(conn, seed, day, step)
        cur = conn.execute(sql, {**params, **(extra or {})})
        done[name] = done.get(name, 0) + (cur.rowcount or 0)

    # 1. Hours for the day, and late ones for three days back.
    if working:
        for step, (worked_on, share) in enumerate(((day, 0.9), (day - dt.timedelta(days=3), 0.8))):
            run(
                "actuals logged",
                f"""
                insert into app.actuals (id, team_member_id, project_id, worked_on, hours, source, notes,
                                         created_at, updated_at, deleted_at)
                select
                    (select coalesce(max(id), 0) from app.actuals) + row_number() over (order by a.id),
                    a.team_member_id, a.project_id, %(worked_on)s,
                    least(12, greatest(0.25, round(a.hours_per_day * (0.85 + random() * 0.3) * 4) / 4)),
                    case when m.user_id is null then 'import' else 'timesheet' end,
                    null,
                    %(ts)s + make_interval(mins => (random() * 240)::int),
                    %(ts)s + make_interval(mins => 241),
                    null
                from app.allocations a
                join app.team_members m on m.id = a.team_member_id
                where a.deleted_at is null
                  and m.deleted_at is null
                  and a.starts_on <= %(worked_on)s and a.ends_on >= %(worked_on)s
                  and a.hours_per_day > 0 and a.hours_per_day <= 24
                  and m.started_on <= %(worked_on)s
                  and (m.ended_on is null or m.ended_on >= %(worked_on)s)
                  and {NOT_A_DEFECT.format(table='allocations', alias='a')}
                  and not exists (
                      select 1 from app.actuals x
                      where x.team_member_id = a.team_member_id and x.project_id = a.project_id
                        and x.worked_on = %(worked_on)s
                  )
                  and not exists (
                      select 1 from app.time_off t
                      where t.team_member_id = a.team_member_id and t.deleted_at is null
                        and t.starts_on <= %(worked_on)s and t.ends_on >= %(worked_on)s
                        and t.hours_per_day >= m.weekly_capacity_hours / 5
                  )
                  and random() < %(share)s
                """,
                10 + step,
                {"worked_on": worked_on, "share": share},
            )

    recent = f"""
        a.worked_on between %(day)s - 21 and %(day)s
        and a.source <> 'allocation_backfill'
        and {NOT_A_DEFECT.format(table='actuals', alias='a')}
        and not exists (
            -- the first row of an injected double submit stays as it is
            select 1 from simulator.defects d
            join app.actuals x on x.id = d.row_id
            where d.table_name = 'actuals'
              and x.team_member_id = a.team_member_id
              and x.project_id = a.project_id
              and x.worked_on = a.worked_on
        )
    """
    # 2. Edits, soft deletes and restores of recent actuals.
    run("actuals edited", f"""
        update app.actuals a
        set hours = least(12, greatest(0.25, round(a.hours * (0.7 + random() * 0.6) * 4) / 4)),
            updated_at = greatest(a.updated_at, %(ts)s + interval '1 hour')
        where a.deleted_at is null and {recent} and random() < 0.01
    """, 20)
    run("actuals soft-deleted", f"""
        update app.actuals a
        set deleted_at = greatest(a.updated_at, %(ts)s + interval '2 hours'),
            updated_at = greatest(a.updated_at, %(ts)s + interval '2 hours')
        where a.deleted_at is null and {recent} and random() < 0.003
    """, 21)
    run("actuals restored", f"""
        update app.actuals a
        set deleted_at = null,
            updated_at = greatest(a.updated_at, %(ts)s + interval '3 hours')
        where a.deleted_at is not null and {recent} and random() < 0.05
    """, 22)

    # 3. Status changes along the workflow.
    for step, (source, target, probability, condition) in enumerate(STATUS_MOVES):
        run("status changes", f"""
            with moved as (
                update app.projects p
                set project_status_id = %(target)s,
                    updated_at = greatest(p.updated_at, %(ts)s + make_interval(mins => %(step)s))
                where p.project_status_id = %(source)s and p.deleted_at is null
                  and {condition}
                  and {NOT_A_DEFECT.format(table='projects', alias='p')}
                  -- one move a day, so a daily snapshot can see each one
                  and not exists (
                      select 1 from simulator.status_changes c
                      where c.project_id = p.id and c.changed_on = %(day)s
                  )
                  and random() < %(p)s
                returning p.id
            )
            insert into simulator.status_changes (project_id, changed_on, from_status_id, to_status_id)
            select id, %(day)s, %(source)s, %(target)s from moved
        """, 30 + step, {"source": source, "target": target, "p": probability, "step": step})

    # 4. Rate raises and role edits (members keep no history upstream).
    run("rate changes", """
        with changed as (
            update app.team_members m
            set cost_rate = round(m.cost_rate * 1.05, 0),
                bill_rate = round(m.bill_rate * 1.05, 0),
                updated_at = greatest(m.updated_at, %(ts)s + interval '30 minutes')
            where m.deleted_at is null and m.cost_rate is not null
              and (m.ended_on is null or m.ended_on >= %(day)s)
              and m.id < 800000000
              and random() < 0.002
            returning m.id, m.cost_rate
        )
        insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
        select id, %(day)s, 'cost_rate', null, cost_rate::text from changed
    """, 40)
    run("role changes", """
        with changed as (
            update app.team_members m
            set role = case m.role
                    when 'Engineer' then 'Senior Engineer'
                    when 'Junior Engineer' then 'Engineer'
                    when 'Senior Engineer' then 'Staff Engineer'
                    when 'Designer' then 'Senior Designer'
                    else m.role end,
                updated_at = greatest(m.updated_at, %(ts)s + interval '40 minutes')
            where m.deleted_at is null and m.role in ('Engineer', 'Junior Engineer', 'Senior Engineer', 'Designer')
              and (m.ended_on is null or m.ended_on >= %(day)s)
              and m.id < 800000000
              and random() < 0.001
            returning m.id, m.role
        )
        insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
        select id, %(day)s, 'role', null, role from changed
    """, 41)

    # 5. Leavers give two weeks' notice; people past their last day go inactive.
    run("leavers", """
        with left_firm as (
            update app.team_members m
            set ended_on = %(day)s + 14,
                updated_at = greatest(m.updated_at, %(ts)s + interval '50 minutes')
            where m.deleted_at is null and m.ended_on is null and m.started_on < %(day)s
              and m.id < 800000000 and random() < 0.0004
            returning m.id
        )
        insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
        select id, %(day)s, 'ended_on', null, (%(day)s + 14)::text from left_firm
    """, 50)
    run("members deactivated", """
        update app.team_members m
        set active = false, updated_at = greatest(m.updated_at, %(ts)s + interval '55 minutes')
        where m.active and m.ended_on < %(day)s and m.id < 800000000
    """, 51)

    # 6. New work comes in: a project every few days per unit of scale.
    run("projects created", """
        insert into app.projects (id, code, name, client_name, project_type_id, project_status_id,
                                  starts_on, ends_on, hourly_rate, monthly_fee, budget_hours, currency,
                                  created_at, updated_at, deleted_at)
        select next_id, 'NEW-' || lpad(next_id::text, 6, '0'), 'New business ' || next_id,
               'Prospect ' || next_id, 1, 1, %(day)s + 45, %(day)s + 225,
               150.00, null, 1200.00, 'USD', %(ts)s, %(ts)s, null
        from (select (select max(id) from app.projects where id < 800000000) + g as next_id
              from generate_series(1, 3) g) ids
        where random() < %(p)s
    """, 60, {"p": min(1.0, 0.3 * scale / 3)})
    run("status changes", """
        insert into simulator.status_changes (project_id, changed_on, from_status_id, to_status_id)
        select id, %(day)s, null, project_status_id from app.projects
        where created_at = %(ts)s and code like 'NEW-%%'
    """, 61)
    # 7. A new joiner now and then, signed to start in a month.
    run("members joined", """
        with joined as (
            insert into app.team_members (id, user_id, name, email, role, team, weekly_capacity_hours,
                                          cost_rate, bill_rate, active, started_on, ended_on,
                                          created_at, updated_at, deleted_at)
            select next_id, null, 'New Joiner ' || next_id, 'joiner.' || next_id || '@headroom.example',
                   'Engineer', 'Engineering', 40.00, 58.00, 120.00, true, %(day)s + 30, null,
                   %(ts)s, %(ts)s, null
            from (select (select max(id) from app.team_members where id < 800000000) + 1 as next_id) ids
            where random() < %(p)s
            returning id
        )
        insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
        select id, %(day)s, 'joined', null, (%(day)s + 30)::text from joined
    """, 70, {"p": min(1.0, 0.1 * scale)})
    return done


def advance(conninfo: str, days: int, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    if days < 1 or days > 3660:
        raise UsageError(f"--days {days} is outside 1..3660.")
    totals: dict[str, int] = {}
    with psycopg.connect(conninfo) as conn:
        current, seed, scale = _clock(conn)
        holidays = calendar.holiday_set(current.year - 1, current.year + days // 365 + 2)
        for i in range(1, days + 1):
            day = current + dt.timedelta(days=i)
            done = advance_one_day(conn, day, seed, scale, calendar.is_working_day(day, holidays))
            conn.execute("update simulator.clock set current_day = %s", (day,))
            conn.commit()
            for key, value in done.items():
                totals[key] = totals.get(key, 0) + value
            if progress:
                progress(f"day {day}", i)
        conn.autocommit = True
        conn.execute("analyze app.actuals")
        totals["current_day"] = (current + dt.timedelta(days=days)).toordinal()
    return totals
