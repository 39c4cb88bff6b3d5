-- And some demand goes away: each day, one in three hundred of a
-- placeholder's allocations still to start is deleted outright (the work
-- was lost or planned otherwise); the replica's trigger logs the delete.
delete from app.allocations a
using app.team_members p
where p.id = a.team_member_id and p.is_placeholder and a.deleted_at is null and a.starts_on > %(day)s
  and not exists (select 1 from simulator.defects d where d.table_name = 'allocations' and d.row_id = a.id)
  and random() < 0.0033
