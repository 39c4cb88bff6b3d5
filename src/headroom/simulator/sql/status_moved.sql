-- Projects in %(source)s move to %(target)s with probability %(p)s (a
-- confirmed project only once it has started, one in progress only once it
-- has ended), at most one move a project a day so that a daily snapshot
-- sees each; every move is recorded as the truth the snapshots are held to.
with moved as (
    update app.projects p
    set project_status_id = %(target)s,
        updated_at = greatest(p.updated_at, %(ts)s + make_interval(mins => %(step)s))
    where p.project_status_id = %(source)s and p.deleted_at is null
      and (not %(once_started)s or p.starts_on <= %(day)s)
      and (not %(once_ended)s or p.ends_on < %(day)s)
      and not exists (
          select 1 from simulator.defects d where d.table_name = 'projects' and d.row_id = p.id
      )
      and not exists (
          select 1 from simulator.status_changes c
          where c.project_id = p.id and c.changed_on = %(day)s
      )
      and random() < %(p)s
    returning p.id
)
insert into simulator.status_changes (project_id, changed_on, from_status_id, to_status_id)
select id, %(day)s, %(source)s, %(target)s from moved
