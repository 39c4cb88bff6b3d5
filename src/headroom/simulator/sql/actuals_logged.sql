-- Hours logged for %(worked_on)s: most live allocations of members at
-- work that day (not on a full day off), at about their planned hours.
-- Rows the simulator injected as defects are left alone.
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
  and not m.is_placeholder
  and m.deleted_at is null
  and a.starts_on <= %(worked_on)s and a.ends_on >= %(worked_on)s
  and a.hours_per_day > 0 and a.hours_per_day <= 24
  and m.started_on <= %(worked_on)s
  and (m.ended_on is null or m.ended_on >= %(worked_on)s)
  and not exists (
      select 1 from simulator.defects d where d.table_name = 'allocations' and d.row_id = a.id
  )
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
